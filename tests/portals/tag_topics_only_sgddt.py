"""Sở GD&ĐT Bình Phước on a vendor PHP portal ("Cổng thông tin điện tử ngành Giáo dục", a
hosted product several provinces buy): older posts are reached only through topics and tags.

Platform
--------
A home-grown PHP CMS sold by a local vendor: rewritten ``.html`` URLs, a three-column table-free
layout, a sidebar of boxes, and three ways of grouping posts: *chuyên mục* (category, one per
post), *chủ đề* (topic, any number per post, chosen by the editor) and *từ khóa* (free tags).

URL scheme
----------
- ``/`` home: "Tin nổi bật" (the newest post), "Tin mới" (the next 4), one block of 3 per category.
- ``/chuyen-muc/<slug>.html`` category page: only its **4 newest** posts and **no pager**; under
  the list the line "Xem các bài cũ hơn theo chủ đề ở hộp «Chủ đề» bên phải" (plain text).
- ``/chu-de/<slug>.html`` topic page, 4 posts per page, pager "Trang 1 2 3" linking
  ``/chu-de/<slug>.html?trang=<n>`` (``?trang=1`` is the same list as the bare URL). A page past
  the end answers 200 with "Chưa có bài viết trong chủ đề này".
- ``/tag/<slug>.html`` tag page: every post with the tag (up to 10), no pager.
- ``/bai-viet/<slug>-<id>.html`` article; ``/gioi-thieu.html``, ``/lien-he.html`` static pages.
- Uploads ``/uploads/news/2026/<mm>/<file>.jpg``; theme ``/templates/sgd/…``. No sitemap, no
  robots.txt (both 404).

Sidebar on every page: the "Chủ đề" box (5 topic links: Chuyển đổi số, Kỳ thi tốt nghiệp THPT,
Giáo dục dân tộc, Thi đua khen thưởng, Hoạt động Công đoàn), "Tin xem nhiều" (only recent posts),
a poll (POST form), "Liên kết website" (external), the counter "Đang online / Hôm nay / Tổng truy
cập". Header: logo, "Thứ Sáu, 04/12/2026" (today), menu; footer with address and phone.

Article page
------------
Breadcrumb "Trang chủ » <category>", ``h1.title``, ``div.info`` with "Ngày đăng: 12/11/2026 09:30",
"Lượt xem: N" and, on some posts, "Tác giả: …"; a tool bar (print by JavaScript, mailto, Facebook
share), ``div.sapo`` (bold lead, outside the text) on some posts, ``div.content`` (the text: bylines
at the end, photos with captions in several forms), then "Từ khóa:" tag links and "Tin mới hơn"
(newer posts of the same category only, so no article page links an older, hidden post).

How each gold article is reached
--------------------------------
- Categories show 4 newest: Tin tức - Sự kiện (6 posts) hides ids 11 and 13; Hoạt động chuyên môn
  (5) hides id 12; Công đoàn - Đoàn thể (3) hides none.
- id 11 (tổng kết thi đua, 15/10): only on ``/chu-de/thi-dua-khen-thuong.html?trang=2``, the
  tag page ``/tag/khen-thuong.html`` (its other tag is its own only) and the "Tin mới hơn" list
  of id 13, itself hidden.
- id 13 (khen thưởng điểm cao tốt nghiệp, 18/09): the "Kỳ thi tốt nghiệp THPT" topic (page 1),
  "Thi đua khen thưởng" page 2 and its tag pages.
- id 12 (tăng cường tiếng Việt, 05/10): in no topic (the editor forgot): only through the tag
  pages ``/tag/hoc-sinh-dan-toc-thieu-so.html`` and ``/tag/tap-huan.html``.
- id 14 is on the category page and on ``/chu-de/thi-dua-khen-thuong.html?trang=3``.

Traps
-----
- Category pages look complete but are truncated with no pager; older posts need the sidebar
  topic box (and its pager) or the tag links at the end of articles.
- Topic page 1 has two URLs (bare and ``?trang=1``); out-of-range pages answer 200 empty.
- Tag, topic and category pages are listings with dates and sapos; static pages have an h1 but no date.
- The header prints today (Thứ Sáu, 04/12/2026), never a publication date; listings print dates.
- Bylines: "Tin, ảnh: X"; "Tin: X; Ảnh: Y"; a bare right-aligned name with the school under it;
  a signing office; "Tác giả:" in the info row (with a degree "ThS." to drop); "Ban biên tập"
  (nobody); "Nguồn: Báo Bình Phước" (source).
- Captions: italic centred line, table image box, a plain paragraph under the photo, a centred
  ``div`` under the image; some photos without any line.
- A ``<br>`` inside a paragraph, a results table, a bulleted list, a quote.

Gold decisions
--------------
title = ``h1.title``; published_at = the "Ngày đăng" date and time; summary = ``div.sapo``
(also the first body paragraph); body = ``div.content`` paragraphs without the byline, source and
caption lines; category = the breadcrumb's last link.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "tag_topics_only_sgddt"
PLATFORM = "Vendor PHP education portal (rewritten .html URLs, categories + topics + tags)"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Bình Phước"
CAT_SHOWN = 4
TOPIC_PER_PAGE = 4
TAG_MAX = 10

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
}
TOPICS = {
    "chuyen-doi-so": "Chuyển đổi số",
    "ky-thi-tot-nghiep-thpt": "Kỳ thi tốt nghiệp THPT",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "thi-dua-khen-thuong": "Thi đua khen thưởng",
    "hoat-dong-cong-doan": "Hoạt động Công đoàn",
}
TAGS = {
    "thi-tot-nghiep-thpt": "thi tốt nghiệp THPT",
    "chuyen-doi-so": "chuyển đổi số",
    "hoc-ba-so": "học bạ số",
    "tap-huan": "tập huấn",
    "cong-doan": "công đoàn",
    "hoi-thao": "hội thao",
    "hoc-sinh-dan-toc-thieu-so": "học sinh dân tộc thiểu số",
    "noi-tru": "trường dân tộc nội trú",
    "nha-giao": "Ngày Nhà giáo Việt Nam",
    "khen-thuong": "khen thưởng",
    "tieng-anh": "tiếng Anh",
    "quan-ly-truong-hoc": "quản lý trường học",
    "khkt": "khoa học kỹ thuật",
    "tong-ket-nam-hoc": "tổng kết năm học",
    "tieng-viet-lop-1": "tiếng Việt lớp 1",
    "hoc-bong": "học bổng",
}


def up(month: str, name: str) -> str:
    return f"/uploads/news/2026/{month}/{name}"


def right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


# opts: time ("HH:MM"), topics, tags, author_meta (printed "Tác giả:" value), views override.
# P styles: "" paragraph, "h" sub-heading (h3), "b" bold paragraph heading, "li" bullet,
# "th"/"tr" table rows (cells " | "), "br" consecutive lines of one <p> split by <br>, "quote".
# Img styles: "em" italic centred line, "table" image box, "plain" plain <p> under the photo,
# "div" centred div under the image, "none" nothing printed.
STORIES: list[Story] = [
    Story(
        1,
        "trien-khai-ke-hoach-to-chuc-ky-thi-tot-nghiep-thpt-nam-2027",
        "Triển khai kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm 2027",
        "tin-tuc-su-kien",
        "2026-12-03T09:30:00+07:00",
        [
            P(
                "Căn cứ Quy chế thi tốt nghiệp THPT hiện hành và hướng dẫn của Bộ GD&ĐT, Sở GD&ĐT "
                "Bình Phước ban hành kế hoạch chuẩn bị cho Kỳ thi tốt nghiệp THPT năm 2027 với "
                "nhiều điểm mới trong khâu đăng ký dự thi và ôn tập cho học sinh lớp 12."
            ),
            P("Mốc thời gian chính", "h"),
            P("Nội dung | Thời gian | Đơn vị thực hiện", "th"),
            P("Rà soát danh sách học sinh lớp 12 | Trước 31/12/2026 | Các trường THPT", "tr"),
            P("Thi thử cấp tỉnh lần 1 | 10-12/3/2027 | Sở GD&ĐT", "tr"),
            P("Đăng ký dự thi trực tuyến | 20/4 - 05/5/2027 | Thí sinh, trường THPT", "tr"),
            P("Thi chính thức | 25-26/6/2027 | Hội đồng thi tỉnh", "tr"),
            P(
                "Sở yêu cầu các trường THPT, trung tâm GDNN-GDTX xây dựng kế hoạch ôn tập phù hợp "
                "với từng nhóm đối tượng, chú trọng học sinh vùng sâu, vùng xa và học sinh dân tộc "
                "thiểu số; tổ chức phụ đạo miễn phí cho học sinh có học lực yếu."
            ),
            P(
                "Thí sinh đăng ký dự thi hoàn toàn trực tuyến trên Hệ thống quản lý thi; các trường "
                "bố trí cán bộ hỗ trợ học sinh không có thiết bị kết nối mạng."
            ),
            right("<strong>Phòng Quản lý chất lượng</strong>"),
        ],
        authors=["Phòng Quản lý chất lượng"],
        summary=(
            "Sở GD&ĐT Bình Phước vừa ban hành kế hoạch tổ chức Kỳ thi tốt nghiệp THPT năm 2027, "
            "trong đó thi thử cấp tỉnh lần 1 dự kiến diễn ra vào tháng 3/2027."
        ),
        sapo_outside=True,
        opts={
            "time": "09:30",
            "topics": ["ky-thi-tot-nghiep-thpt", "chuyen-doi-so"],
            "tags": ["thi-tot-nghiep-thpt", "chuyen-doi-so"],
        },
    ),
    Story(
        2,
        "tap-huan-su-dung-hoc-ba-so-cho-giao-vien-tieu-hoc",
        "Tập huấn sử dụng học bạ số cho giáo viên tiểu học",
        "hoat-dong-chuyen-mon",
        "2026-12-01T14:15:00+07:00",
        [
            P(
                "Trong hai ngày 28 và 29/11/2026, Sở GD&ĐT tổ chức tập huấn triển khai học bạ số "
                "cấp tiểu học cho hơn 400 cán bộ quản lý, giáo viên cốt cán của 11 huyện, thị xã, "
                "thành phố."
            ),
            Img(
                up("12", "hoc-ba-so-1.jpg"),
                "Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh",
                "Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh",
                "em",
            ),
            P(
                "Học viên được hướng dẫn quy trình lập, ký số và lưu trữ học bạ điện tử; cách "
                "kết nối dữ liệu với cơ sở dữ liệu ngành và xử lý các lỗi thường gặp khi ký số "
                "hàng loạt."
            ),
            P(
                "Theo lộ trình, từ học kỳ II năm học 2026-2027, 100% trường tiểu học trên địa bàn "
                "tỉnh sử dụng học bạ số thay cho học bạ giấy đối với học sinh lớp 1, lớp 2 và lớp 3."
            ),
            Img(
                up("12", "hoc-ba-so-2.jpg"),
                "Giáo viên thực hành ký số học bạ trên máy tính",
                "Giáo viên thực hành ký số học bạ trên máy tính",
                "em",
            ),
            P(
                "Sau tập huấn, các giáo viên cốt cán có trách nhiệm hướng dẫn lại cho đồng nghiệp "
                "tại đơn vị trước ngày 20/12/2026."
            ),
            right("<strong><em>Tin, ảnh: Thanh Hương</em></strong>"),
        ],
        authors=["Thanh Hương"],
        photographers=["Thanh Hương"],
        summary=(
            "Hơn 400 cán bộ quản lý, giáo viên cốt cán cấp tiểu học được tập huấn quy trình lập "
            "và ký số học bạ điện tử."
        ),
        sapo_outside=True,
        opts={
            "time": "14:15",
            "topics": ["chuyen-doi-so"],
            "tags": ["hoc-ba-so", "chuyen-doi-so", "tap-huan"],
        },
    ),
    Story(
        3,
        "cong-doan-nganh-giao-duc-to-chuc-hoi-thao-chao-mung-20-11",
        "Công đoàn ngành Giáo dục tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "cong-doan-doan-the",
        "2026-11-28T08:00:00+07:00",
        [
            P(
                "Hưởng ứng đợt thi đua chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn "
                "ngành Giáo dục Bình Phước tổ chức Hội thao cán bộ, nhà giáo, người lao động năm "
                "2026 tại Nhà thi đấu đa năng tỉnh."
            ),
            P(
                "Hội thao thu hút gần 600 vận động viên của 32 công đoàn cơ sở tranh tài ở các môn "
                "bóng chuyền hơi, cầu lông, kéo co và cờ tướng."
            ),
            Img(
                up("11", "hoi-thao-keo-co.jpg"),
                "Phần thi kéo co nam nữ phối hợp",
                "Phần thi kéo co nam nữ phối hợp",
                "table",
            ),
            P("Kết quả toàn đoàn:", "b"),
            P("Giải Nhất: Công đoàn Trường THPT chuyên Quang Trung.", "li"),
            P("Giải Nhì: Công đoàn Trường THPT Đồng Xoài.", "li"),
            P("Giải Ba: Công đoàn Trường PTDTNT THPT tỉnh và Công đoàn Trường THPT Chơn Thành.", "li"),
            P(
                "Phát biểu bế mạc, đồng chí Chủ tịch Công đoàn ngành mong muốn phong trào thể dục "
                "thể thao tiếp tục được duy trì thường xuyên tại các công đoàn cơ sở."
            ),
            Img(
                up("11", "hoi-thao-trao-giai.jpg"),
                "Ban tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn",
                "Ban tổ chức trao cờ cho các đơn vị đạt giải toàn đoàn",
                "table",
            ),
            right("<strong>Tin: Ngọc Ánh; Ảnh: Văn Tuấn</strong>"),
        ],
        authors=["Ngọc Ánh"],
        photographers=["Văn Tuấn"],
        opts={
            "time": "08:00",
            "topics": ["hoat-dong-cong-doan", "thi-dua-khen-thuong"],
            "tags": ["cong-doan", "hoi-thao"],
        },
    ),
    Story(
        4,
        "truong-ptdtnt-thcs-bu-dang-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTNT THCS Bù Đăng tổ chức Ngày hội văn hóa các dân tộc",
        "tin-tuc-su-kien",
        "2026-11-25T16:40:00+07:00",
        [
            P(
                "Ngày 23/11/2026, Trường PTDTNT THCS Bù Đăng tổ chức Ngày hội văn hóa các dân tộc "
                "năm học 2026-2027 với sự tham gia của hơn 400 học sinh thuộc 9 dân tộc đang học "
                "tập tại trường."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động như trình diễn trang phục truyền thống, thi nấu cơm "
                "lam, giã gạo, đánh cồng chiêng và các trò chơi dân gian của đồng bào S'tiêng, "
                "M'nông, Tày, Nùng."
            ),
            Img(
                up("11", "ngay-hoi-van-hoa-1.jpg"),
                "Học sinh trình diễn trang phục truyền thống dân tộc S'tiêng",
                "Học sinh trình diễn trang phục truyền thống dân tộc S'tiêng",
                "em",
            ),
            P(
                "Em Điểu Thị Ly, học sinh lớp 9A, chia sẻ: “Được mặc trang phục của dân tộc mình và "
                "giới thiệu với các bạn, em thấy rất tự hào. Em sẽ cố gắng học tốt để sau này về "
                "dạy chữ cho các em ở buôn làng”.",
                "quote",
            ),
            Img(up("11", "ngay-hoi-van-hoa-2.jpg"), None, None, "none"),
            P(
                "Theo thầy Hiệu trưởng nhà trường, ngày hội là dịp để học sinh hiểu thêm về bản sắc "
                "văn hóa của các dân tộc anh em, góp phần giáo dục kỹ năng sống và tinh thần đoàn "
                "kết trong môi trường nội trú."
            ),
            Img(
                up("11", "ngay-hoi-van-hoa-3.jpg"),
                "Phần thi đánh cồng chiêng của học sinh khối 7",
                "Phần thi đánh cồng chiêng của học sinh khối 7",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Điểu Thị Hồng Nhung</strong><br>'
                "<em>(Trường PTDTNT THCS Bù Đăng)</em></p>"
            ),
        ],
        authors=["Điểu Thị Hồng Nhung"],
        opts={
            "time": "16:40",
            "topics": ["giao-duc-dan-toc", "thi-dua-khen-thuong"],
            "tags": ["hoc-sinh-dan-toc-thieu-so", "noi-tru"],
        },
    ),
    Story(
        5,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-va-tuyen-duong-nha-giao-tieu-bieu",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu",
        "tin-tuc-su-kien",
        "2026-11-20T10:00:00+07:00",
        [
            P(
                "Sáng 19/11/2026, tại Hội trường Trung tâm Hội nghị tỉnh, Sở GD&ĐT Bình Phước tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên "
                "dương 120 nhà giáo, cán bộ quản lý giáo dục tiêu biểu."
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục tỉnh có 35 học sinh đạt giải Kỳ thi chọn học sinh "
                "giỏi quốc gia, tỷ lệ tốt nghiệp THPT đạt 99,2%; 78% trường học đạt chuẩn quốc gia."
            ),
            Img(
                up("11", "ky-niem-20-11-1.jpg"),
                "Lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo",
                "Lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo",
                "div",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh ghi nhận những đóng góp của đội ngũ nhà "
                "giáo, đặc biệt là các thầy cô công tác tại vùng biên giới, vùng đồng bào dân tộc "
                "thiểu số."
            ),
            P(
                "Dịp này, 12 nhà giáo được tặng Bằng khen của Bộ trưởng Bộ GD&ĐT, 40 nhà giáo được "
                "tặng Bằng khen của Chủ tịch UBND tỉnh và 68 nhà giáo được Giám đốc Sở tặng Giấy khen."
            ),
            Img(
                up("11", "ky-niem-20-11-2.jpg"),
                "Các nhà giáo tiêu biểu nhận Bằng khen",
                "Các nhà giáo tiêu biểu nhận Bằng khen",
                "div",
            ),
            right("<em>Ảnh: Văn phòng Sở</em>"),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Văn phòng Sở"],
        summary=(
            "120 nhà giáo, cán bộ quản lý giáo dục tiêu biểu được tuyên dương nhân kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        opts={
            "time": "10:00",
            "topics": ["thi-dua-khen-thuong"],
            "tags": ["nha-giao", "khen-thuong"],
            "author_meta": "ThS. Trần Quốc Bảo",
        },
    ),
    Story(
        6,
        "hoi-nghi-chuyen-de-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thpt",
        "Hội nghị chuyên đề nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        "hoat-dong-chuyen-mon",
        "2026-11-17T07:45:00+07:00",
        [
            P(
                "Ngày 14/11/2026, tại Trường THPT Chơn Thành, Sở GD&ĐT tổ chức Hội nghị chuyên đề "
                "nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT cho tổ trưởng chuyên môn và "
                "giáo viên cốt cán của 33 trường."
            ),
            P(
                "Điểm trung bình môn Tiếng Anh của tỉnh trong Kỳ thi tốt nghiệp THPT năm 2026 tuy "
                "có cải thiện nhưng vẫn thấp hơn trung bình cả nước; chênh lệch giữa khu vực thành "
                "thị và vùng khó khăn còn lớn."
            ),
            Img(
                up("11", "chuyen-de-tieng-anh.jpg"),
                "Tiết dạy minh họa của cô Nguyễn Thị Kim Oanh, Trường THPT Chơn Thành",
                "Tiết dạy minh họa của cô Nguyễn Thị Kim Oanh, Trường THPT Chơn Thành",
                "plain",
            ),
            P(
                "Các đại biểu thảo luận giải pháp dạy học phân hóa, tăng thời lượng luyện kỹ năng "
                "nghe, đọc hiểu và sử dụng ngân hàng câu hỏi dùng chung toàn tỉnh."
            ),
            P(
                "“Mỗi giáo viên phải nắm được năng lực của từng học sinh ngay từ đầu năm lớp 10, "
                "không đợi đến lớp 12 mới ôn thi”, đại diện Phòng Giáo dục Trung học nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, Sở biểu dương 6 giáo viên có sáng kiến kinh nghiệm xuất sắc về dạy học "
                "Tiếng Anh được công nhận cấp tỉnh."
            ),
            right("<strong>Phòng Giáo dục Trung học</strong>"),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "time": "07:45",
            "topics": ["ky-thi-tot-nghiep-thpt", "thi-dua-khen-thuong"],
            "tags": ["tieng-anh", "thi-tot-nghiep-thpt"],
        },
    ),
    Story(
        7,
        "binh-phuoc-trien-khai-nen-tang-quan-ly-truong-hoc-truc-tuyen",
        "Bình Phước triển khai nền tảng quản lý trường học trực tuyến cho 100% trường THCS",
        "hoat-dong-chuyen-mon",
        "2026-11-12T09:30:00+07:00",
        [
            P(
                "Từ tháng 11/2026, toàn bộ 152 trường THCS trên địa bàn tỉnh Bình Phước đã sử dụng "
                "nền tảng quản lý trường học trực tuyến, thay thế nhiều phần mềm rời rạc trước đây."
            ),
            P(
                "Nền tảng tích hợp các phân hệ quản lý hồ sơ học sinh, sổ điểm điện tử, thời khóa "
                "biểu, liên lạc với phụ huynh và thống kê báo cáo; dữ liệu được đồng bộ với cơ sở "
                "dữ liệu ngành của Bộ GD&ĐT."
            ),
            Img(
                up("11", "nen-tang-quan-ly.jpg"),
                "Giáo viên Trường THCS Tân Phú nhập điểm trên nền tảng",
                "Giáo viên Trường THCS Tân Phú nhập điểm trên nền tảng",
                "em",
            ),
            P(
                "Theo ông Nguyễn Văn Hùng, Hiệu trưởng Trường THCS Tân Phú (TP. Đồng Xoài), việc "
                "dùng một nền tảng giúp giáo viên giảm đáng kể thời gian nhập liệu, phụ huynh theo "
                "dõi kết quả học tập của con ngay trên điện thoại."
            ),
            P(
                "Sở GD&ĐT cho biết, năm 2027 sẽ mở rộng nền tảng tới cấp tiểu học và mầm non, hướng "
                "tới mục tiêu 100% cơ sở giáo dục quản lý trên môi trường số."
            ),
            right("<strong>Hoàng Yến</strong>"),
            right("<em>Nguồn: Báo Bình Phước</em>"),
        ],
        authors=["Hoàng Yến"],
        source="Báo Bình Phước",
        opts={
            "time": "09:30",
            "topics": ["chuyen-doi-so"],
            "tags": ["quan-ly-truong-hoc", "chuyen-doi-so"],
        },
    ),
    Story(
        8,
        "tuyen-duong-hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Tuyên dương học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-11-06T15:20:00+07:00",
        [
            P(
                "Chiều 05/11/2026, Sở GD&ĐT tổ chức tổng kết và trao giải Cuộc thi Khoa học kỹ thuật "
                "cấp tỉnh dành cho học sinh trung học năm học 2026-2027."
            ),
            P(
                "Cuộc thi có 86 dự án của 41 trường THCS, THPT tham gia ở 18 lĩnh vực. Ban giám khảo "
                "đã chọn 4 giải Nhất, 9 giải Nhì, 15 giải Ba và 20 giải Khuyến khích."
            ),
            P("Các dự án đạt giải Nhất:", "b"),
            P("Dự án | Lĩnh vực | Đơn vị", "th"),
            P("Thiết bị cảnh báo sạt lở đất sử dụng IoT | Hệ thống nhúng | THPT chuyên Quang Trung", "tr"),
            P("Chế phẩm sinh học xử lý vỏ hạt điều | Kỹ thuật môi trường | THPT Bình Long", "tr"),
            P("Ứng dụng học tiếng S'tiêng cho học sinh | Phần mềm hệ thống | PTDTNT THPT tỉnh", "tr"),
            P("Giải pháp tưới tiêu tiết kiệm cho vườn tiêu | Kỹ thuật cơ khí | THCS Lộc Ninh", "tr"),
            Img(
                up("11", "khkt-trao-giai.jpg"),
                "Ban tổ chức trao giải Nhất cho các tác giả dự án",
                "Ban tổ chức trao giải Nhất cho các tác giả dự án",
                "em",
            ),
            P(
                "Sở sẽ chọn 4 dự án tiêu biểu tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành "
                "cho học sinh trung học năm 2027."
            ),
            right("<strong>Ban biên tập</strong>"),
        ],
        opts={
            "time": "15:20",
            "topics": ["thi-dua-khen-thuong"],
            "tags": ["khkt", "khen-thuong"],
        },
    ),
    Story(
        9,
        "cong-doan-nganh-tap-huan-nghiep-vu-cho-can-bo-cong-doan-co-so",
        "Công đoàn ngành tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
        "cong-doan-doan-the",
        "2026-10-30T08:10:00+07:00",
        [
            P(
                "Ngày 28/10/2026, Công đoàn ngành Giáo dục Bình Phước tổ chức tập huấn nghiệp vụ "
                "năm 2026 cho hơn 250 chủ tịch, phó chủ tịch và ủy viên ban chấp hành công đoàn cơ sở."
            ),
            P("Nội dung tập huấn gồm:", "br"),
            P("- Kỹ năng tổ chức đại hội công đoàn cơ sở nhiệm kỳ 2027-2032;", "br"),
            P("- Quản lý đoàn viên trên phần mềm của Tổng Liên đoàn Lao động Việt Nam;", "br"),
            P("- Công tác tài chính công đoàn và thi đua, khen thưởng.", "br"),
            Img(
                up("10", "tap-huan-cong-doan.jpg"),
                "Học viên thực hành trên phần mềm quản lý đoàn viên",
                "Học viên thực hành trên phần mềm quản lý đoàn viên",
                "em",
            ),
            P(
                "Kết thúc lớp tập huấn, Công đoàn ngành biểu dương 8 công đoàn cơ sở đã hoàn thành "
                "việc cập nhật dữ liệu đoàn viên trên phần mềm đúng thời hạn."
            ),
            right("<strong>Tin, ảnh: Công đoàn ngành Giáo dục</strong>"),
        ],
        authors=["Công đoàn ngành Giáo dục"],
        photographers=["Công đoàn ngành Giáo dục"],
        opts={
            "time": "08:10",
            "topics": ["hoat-dong-cong-doan", "chuyen-doi-so", "thi-dua-khen-thuong"],
            "tags": ["cong-doan", "tap-huan"],
        },
    ),
    Story(
        10,
        "hoi-thao-giai-phap-on-thi-tot-nghiep-thpt-gan-voi-chuyen-doi-so",
        "Hội thảo giải pháp ôn thi tốt nghiệp THPT gắn với chuyển đổi số",
        "hoat-dong-chuyen-mon",
        "2026-10-22T10:30:00+07:00",
        [
            P(
                "Ngày 20/10/2026, Sở GD&ĐT tổ chức hội thảo “Giải pháp nâng cao chất lượng ôn thi tốt "
                "nghiệp THPT gắn với chuyển đổi số” với sự tham gia của lãnh đạo và tổ trưởng chuyên "
                "môn các trường THPT."
            ),
            P("Các tham luận tập trung vào ba nhóm giải pháp:", "b"),
            P("Xây dựng ngân hàng đề ôn tập trực tuyến dùng chung toàn tỉnh;", "li"),
            P("Tổ chức thi thử trên máy tính, phân tích kết quả để phụ đạo theo nhóm;", "li"),
            P("Tăng cường phối hợp với phụ huynh qua sổ liên lạc điện tử.", "li"),
            P(
                "Kết luận hội thảo, lãnh đạo Sở đề nghị các trường hoàn thành kế hoạch ôn tập trước "
                "ngày 15/11/2026 và báo cáo kết quả thi thử định kỳ hằng tháng."
            ),
            right("<strong>Tin: Lê Minh Khang (Phòng GDTrH)</strong>"),
        ],
        authors=["Lê Minh Khang"],
        opts={
            "time": "10:30",
            "topics": ["ky-thi-tot-nghiep-thpt", "chuyen-doi-so"],
            "tags": ["thi-tot-nghiep-thpt", "chuyen-doi-so"],
        },
    ),
    Story(
        11,
        "hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-hoc-2025-2026",
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm học 2025-2026",
        "tin-tuc-su-kien",
        "2026-10-15T14:00:00+07:00",
        [
            P(
                "Ngày 13/10/2026, Hội đồng Thi đua - Khen thưởng ngành Giáo dục tổ chức hội nghị "
                "tổng kết công tác thi đua, khen thưởng năm học 2025-2026 và phát động phong trào "
                "thi đua năm học 2026-2027."
            ),
            P(
                "Năm học qua, các phong trào “Dạy tốt - Học tốt”, “Đổi mới sáng tạo trong dạy và "
                "học” được triển khai sâu rộng. Toàn ngành có 1.245 cá nhân đạt danh hiệu Chiến sĩ "
                "thi đua cơ sở, 46 cá nhân đạt Chiến sĩ thi đua cấp tỉnh."
            ),
            Img(
                up("10", "tong-ket-thi-dua.jpg"),
                "Lãnh đạo Sở trao Cờ thi đua của UBND tỉnh cho các đơn vị xuất sắc",
                "Lãnh đạo Sở trao Cờ thi đua của UBND tỉnh cho các đơn vị xuất sắc",
                "div",
            ),
            P(
                "Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: việc bình xét ở một số đơn vị còn "
                "nặng về thành tích, chưa chú trọng khen thưởng giáo viên trực tiếp giảng dạy ở "
                "vùng khó khăn."
            ),
            P(
                "Năm học 2026-2027, ngành tập trung khen thưởng kịp thời các tập thể, cá nhân có "
                "thành tích đột xuất, ưu tiên người lao động trực tiếp; đẩy mạnh nhân rộng các điển "
                "hình tiên tiến."
            ),
            P(
                "Dịp này, 15 tập thể nhận Cờ thi đua của UBND tỉnh, 32 tập thể được công nhận Tập "
                "thể lao động xuất sắc."
            ),
            right("<strong>Minh Tâm</strong>"),
        ],
        authors=["Minh Tâm"],
        summary=(
            "Năm học 2025-2026, toàn ngành có 46 cá nhân đạt danh hiệu Chiến sĩ thi đua cấp tỉnh; "
            "15 tập thể nhận Cờ thi đua của UBND tỉnh."
        ),
        sapo_outside=True,
        opts={
            "time": "14:00",
            "topics": ["thi-dua-khen-thuong"],
            "tags": ["tong-ket-nam-hoc", "khen-thuong"],
        },
    ),
    Story(
        12,
        "tang-cuong-tieng-viet-cho-tre-dan-toc-thieu-so-truoc-khi-vao-lop-1",
        "Tăng cường tiếng Việt cho trẻ dân tộc thiểu số trước khi vào lớp 1",
        "hoat-dong-chuyen-mon",
        "2026-10-05T08:45:00+07:00",
        [
            P(
                "Thực hiện Đề án tăng cường tiếng Việt cho trẻ em mầm non, học sinh tiểu học vùng "
                "dân tộc thiểu số, Sở GD&ĐT tổ chức tập huấn cho 180 giáo viên mầm non, tiểu học "
                "các huyện Bù Gia Mập, Bù Đốp, Lộc Ninh và Bù Đăng."
            ),
            P(
                "Giáo viên được hướng dẫn cách xây dựng môi trường giàu tiếng Việt trong lớp học, "
                "sử dụng tranh ảnh, đồ dùng trực quan và các trò chơi ngôn ngữ giúp trẻ tự tin giao "
                "tiếp."
            ),
            Img(
                up("10", "tieng-viet-dtts-1.jpg"),
                "Giáo viên thực hành tiết dạy làm quen với chữ cái",
                "Giáo viên thực hành tiết dạy làm quen với chữ cái",
                "table",
            ),
            P(
                "Năm học 2026-2027, toàn tỉnh có hơn 3.200 trẻ 5 tuổi là người dân tộc thiểu số; "
                "nhiều em chưa sử dụng thành thạo tiếng Việt khi vào lớp 1, ảnh hưởng đến kết quả "
                "học tập những tháng đầu."
            ),
            Img(up("10", "tieng-viet-dtts-2.jpg"), None, None, "none"),
            P(
                "Sở đề nghị các phòng GD&ĐT huy động giáo viên biết tiếng dân tộc, người có uy tín "
                "tại thôn, sóc tham gia hỗ trợ; tổ chức dạy tăng cường trong hè cho trẻ chuẩn bị "
                "vào lớp 1."
            ),
            right("<strong>Tin: Thu Hà - Ảnh: Phòng GD&amp;ĐT Bù Gia Mập</strong>"),
        ],
        authors=["Thu Hà"],
        photographers=["Phòng GD&ĐT Bù Gia Mập"],
        opts={
            "time": "08:45",
            "topics": [],
            "tags": ["hoc-sinh-dan-toc-thieu-so", "tieng-viet-lop-1", "tap-huan"],
        },
    ),
    Story(
        13,
        "khen-thuong-hoc-sinh-dat-diem-cao-ky-thi-tot-nghiep-thpt-nam-2026",
        "Khen thưởng học sinh đạt điểm cao Kỳ thi tốt nghiệp THPT năm 2026",
        "tin-tuc-su-kien",
        "2026-09-18T16:05:00+07:00",
        [
            P(
                "Chiều 16/9/2026, UBND tỉnh phối hợp Sở GD&ĐT tổ chức lễ khen thưởng 52 học sinh "
                "đạt điểm cao trong Kỳ thi tốt nghiệp THPT năm 2026 và 14 giáo viên có thành tích "
                "xuất sắc trong công tác ôn thi."
            ),
            P("Học sinh có tổng điểm ba môn theo tổ hợp cao nhất:", "b"),
            P("Họ và tên | Trường | Tổ hợp | Tổng điểm", "th"),
            P("Nguyễn Hoàng Phúc | THPT chuyên Quang Trung | A00 | 29,35", "tr"),
            P("Trần Ngọc Bảo Trâm | THPT chuyên Bình Long | D01 | 28,90", "tr"),
            P("Lê Đức Thịnh | THPT Đồng Xoài | A01 | 28,75", "tr"),
            Img(
                up("09", "khen-thuong-diem-cao.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các học sinh đạt điểm cao",
                "Lãnh đạo tỉnh trao Bằng khen cho các học sinh đạt điểm cao",
                "em",
            ),
            P(
                "Mỗi học sinh được nhận Bằng khen của Chủ tịch UBND tỉnh kèm phần thưởng 5 triệu đồng; "
                "giáo viên được tặng Bằng khen và 3 triệu đồng."
            ),
            P(
                "Năm 2026, tỷ lệ tốt nghiệp THPT của tỉnh đạt 99,2%, điểm trung bình các môn thi "
                "xếp thứ 28 cả nước, tăng 6 bậc so với năm trước."
            ),
            right("<strong>BBT</strong>"),
        ],
        summary=(
            "52 học sinh đạt điểm cao và 14 giáo viên có thành tích xuất sắc trong Kỳ thi tốt nghiệp "
            "THPT năm 2026 được UBND tỉnh khen thưởng."
        ),
        sapo_outside=True,
        opts={
            "time": "16:05",
            "topics": ["ky-thi-tot-nghiep-thpt", "thi-dua-khen-thuong"],
            "tags": ["thi-tot-nghiep-thpt", "khen-thuong"],
        },
    ),
    Story(
        14,
        "cong-doan-nganh-trao-hoc-bong-cho-con-doan-vien-va-hoc-sinh-dan-toc-thieu-so",
        "Công đoàn ngành trao 150 suất học bổng cho con đoàn viên và học sinh dân tộc thiểu số",
        "cong-doan-doan-the",
        "2026-09-10T10:20:00+07:00",
        [
            P(
                "Nhân dịp khai giảng năm học mới 2026-2027, Công đoàn ngành Giáo dục Bình Phước trao "
                "150 suất học bổng cho con đoàn viên có hoàn cảnh khó khăn và học sinh dân tộc thiểu "
                "số vượt khó học giỏi, tổng trị giá 300 triệu đồng."
            ),
            P(
                "Nguồn kinh phí do đoàn viên công đoàn toàn ngành đóng góp và vận động các nhà hảo "
                "tâm, doanh nghiệp trên địa bàn tỉnh hỗ trợ."
            ),
            Img(
                up("09", "trao-hoc-bong.jpg"),
                "Trao học bổng cho học sinh Trường PTDTNT THCS Bù Gia Mập",
                "Trao học bổng cho học sinh Trường PTDTNT THCS Bù Gia Mập",
                "plain",
            ),
            P(
                "Tại buổi lễ, Công đoàn ngành cũng phát động phong trào thi đua “Nhà giáo, người lao "
                "động chung tay vì học sinh vùng khó” năm học 2026-2027."
            ),
            P(
                "Trong 5 năm qua, Công đoàn ngành đã trao hơn 700 suất học bổng, xây dựng 12 “Mái ấm "
                "công đoàn” cho đoàn viên khó khăn về nhà ở."
            ),
        ],
        authors=["Ngọc Ánh"],
        opts={
            "time": "10:20",
            "topics": ["hoat-dong-cong-doan", "giao-duc-dan-toc", "thi-dua-khen-thuong"],
            "tags": ["cong-doan", "hoc-bong", "nha-giao"],
            "author_meta": "Ngọc Ánh",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def post_path(s: Story) -> str:
    return f"/bai-viet/{s.slug}-{s.id}.html"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def in_cat(cat: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == cat])


def in_topic(topic: str) -> list[Story]:
    return newest([s for s in STORIES if topic in s.opts["topics"]])


def in_tag(tag: str) -> list[Story]:
    return newest([s for s in STORIES if tag in s.opts["tags"]])[:TAG_MAX]


def dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def views(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


# --- chrome ------------------------------------------------------------------------------------

MENU = [("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu")] + [
    (f"/chuyen-muc/{k}.html", v) for k, v in CATEGORIES.items()
] + [("/lien-he.html", "Liên hệ")]

MOST_READ = [5, 7, 1, 3, 8]


def sidebar() -> str:
    topics = "".join(
        f'<li><a href="/chu-de/{k}.html"><img src="/templates/sgd/images/icon-topic.png" alt=""> '
        f"{esc(v)}</a></li>"
        for k, v in TOPICS.items()
    )
    most = "".join(
        f'<li><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<div id="sidebar">
<div class="box box-chude"><div class="box-title">Chủ đề</div><ul class="list-chude">{topics}</ul></div>
<div class="box"><div class="box-title">Tin xem nhiều</div><ul class="list-mostread">{most}</ul></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div>
<form method="post" action="/binh-chon.html" class="poll"><p>Bạn đánh giá thế nào về Cổng thông tin của Sở?</p>
<label><input type="radio" name="poll" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="poll" value="2"> Hữu ích</label><br>
<label><input type="radio" name="poll" value="3"> Chưa hữu ích</label><br>
<input type="hidden" name="poll_id" value="7"><button type="submit">Bình chọn</button></form></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://binhphuoc.gov.vn">Cổng TTĐT tỉnh Bình Phước</option></select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/templates/sgd/images/banner-dvc.jpg" alt="Dịch vụ công"></a></div>
<div class="box box-counter"><div class="box-title">Thống kê truy cập</div>
<p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.245</b></p><p>Tổng truy cập: <b>3.482.117</b></p></div>
</div>"""


def layout(request: Request, title: str, main: str, head: str = "") -> Response:
    menu = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/sgd/css/style.css">
<link rel="shortcut icon" href="/favicon.ico">{head}
</head><body>
<div id="topbar"><span class="today">{TODAY}</span>
<span class="top-links"><a href="/lien-he.html">Liên hệ</a> | <a href="mailto:sgddt@binhphuoc.gov.vn">Email</a></span></div>
<div id="header"><a href="/"><img src="/templates/sgd/images/logo.png" alt="{esc(SITE)}"></a>
<img class="banner" src="/templates/sgd/images/banner-top.jpg" alt=""></div>
<div id="menu"><ul>{menu}</ul>
<form action="/tim-kiem.html" method="get" class="search"><input type="text" name="q" placeholder="Tìm kiếm...">
<button type="submit">Tìm</button></form></div>
<div id="wrapper"><div id="main">{main}</div>
{sidebar()}</div>
<div id="footer"><p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: Số 1 đường Hùng Vương, phường Tân Phú, TP. Đồng Xoài, tỉnh Bình Phước</p>
<p>Điện thoại: 0271.3879.126 - Fax: 0271.3879.127 - Email: sgddt@binhphuoc.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Sở GD&amp;ĐT. Thiết kế bởi Công ty CP Giải pháp Phần mềm Miền Đông</p></div>
</body></html>"""
    return html(page)


def item(s: Story, with_sapo: bool = True) -> str:
    thumb = next((i.src for i in s.images), "/templates/sgd/images/no-image.jpg")
    sapo = ""
    if with_sapo:
        first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        sapo = f'<p class="item-sapo">{esc(first[:180])}…</p>'
    return (
        f'<div class="news-item"><a href="{post_path(s)}"><img class="thumb" src="{thumb}" alt=""></a>'
        f'<h3><a href="{post_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="item-date">({dmy(s)})</span>{sapo}</div>'
    )


def crumbs(*parts: tuple[str | None, str]) -> str:
    out = ['<a href="/">Trang chủ</a>']
    for href, label in parts:
        out.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="breadcrumb">' + " » ".join(out) + "</div>"


# --- pages -------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = newest(STORIES)[:5]
    top, rest = latest[0], latest[1:]
    blocks = "".join(
        f'<div class="cat-block"><h2><a href="/chuyen-muc/{k}.html">{esc(v)}</a></h2>'
        + "".join(item(s, False) for s in in_cat(k)[:3])
        + "</div>"
        for k, v in CATEGORIES.items()
    )
    main = (
        f'<div class="hot-news"><h2>Tin nổi bật</h2>{item(top)}</div>'
        f'<div class="latest"><h2>Tin mới</h2>{"".join(item(s) for s in rest)}</div>{blocks}'
    )
    return layout(request, f"{SITE} - Cổng thông tin điện tử", main)


def category_page(request: Request, key: str) -> Response:
    name = CATEGORIES[key]
    posts = in_cat(key)[:CAT_SHOWN]
    main = (
        crumbs((f"/chuyen-muc/{key}.html", name))
        + f'<h1 class="cat-title">{esc(name)}</h1><div class="news-list">'
        + "".join(item(s) for s in posts)
        + '</div><p class="more-note"><em>Xem các bài cũ hơn theo chủ đề ở hộp «Chủ đề» bên phải'
        "</em></p>"
    )
    return layout(request, f"{name} - {SITE}", main)


def pager(key: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    cells = [
        f'<span class="current">{n}</span>' if n == current
        else f'<a href="/chu-de/{key}.html?trang={n}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    return '<div class="pager">Trang ' + " ".join(cells) + "</div>"


def topic_page(request: Request, key: str) -> Response | None:
    raw = request.params.get("trang", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    posts = in_topic(key)
    pages = max(1, -(-len(posts) // TOPIC_PER_PAGE))
    chunk = posts[(page - 1) * TOPIC_PER_PAGE : page * TOPIC_PER_PAGE]
    name = TOPICS[key]
    listing = "".join(item(s) for s in chunk) or '<p class="empty">Chưa có bài viết trong chủ đề này</p>'
    main = (
        crumbs((None, "Chủ đề"), (f"/chu-de/{key}.html", name))
        + f'<h1 class="cat-title">Chủ đề: {esc(name)}</h1><div class="news-list">{listing}</div>'
        + pager(key, page, pages)
    )
    return layout(request, f"Chủ đề: {name} - {SITE}", main)


def tag_page(request: Request, key: str) -> Response:
    name = TAGS[key]
    main = (
        crumbs((None, "Từ khóa"), (f"/tag/{key}.html", name))
        + f'<h1 class="cat-title">Từ khóa: {esc(name)}</h1><div class="news-list">'
        + "".join(item(s) for s in in_tag(key))
        + "</div>"
    )
    return layout(request, f"{name} - {SITE}", main)


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            img = f'<img src="{b.src}" alt="" style="width: 600px;" border="0">'
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{img}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.style == "table":
                out.append(
                    '<table class="image-box" align="center"><tbody>'
                    f'<tr><td>{img}</td></tr><tr><td class="image-caption">{esc(b.printed)}</td></tr>'
                    "</tbody></table>"
                )
            elif b.style == "plain":
                out.append(f"<p>{img}</p><p>{esc(b.printed)}</p>")
            elif b.style == "div":
                out.append(
                    f'<div style="text-align: center;">{img}'
                    f'<div class="caption">{esc(b.printed)}</div></div>'
                )
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
        elif b.style in ("li", "th", "tr", "br"):
            group = b.style if b.style in ("li", "br") else "table"
            run: list[P] = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and (blocks[i].style == group or (group == "table" and blocks[i].style in ("th", "tr")))
            ):
                run.append(blocks[i])
                i += 1
            if group == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif group == "br":
                out.append('<p style="text-align: justify;">' + "<br>\n".join(esc(p.text) for p in run) + "</p>")
            else:
                rows = []
                for p in run:
                    tag = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="data" border="1" cellpadding="4">' + "".join(rows) + "</table>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article_page(request: Request, s: Story) -> Response:
    cat = CATEGORIES[s.cat]
    path = post_path(s)
    author = s.opts.get("author_meta")
    info = (
        f'<span class="date">Ngày đăng: {dmy(s)} {s.opts["time"]}</span> | '
        f'<span class="view">Lượt xem: {views(s)}</span>'
        + (f' | <span class="author">Tác giả: {esc(author)}</span>' if author else "")
    )
    absolute = base_url(request) + path
    tools = (
        '<div class="tools"><a href="javascript:window.print()">In bài</a> | '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={quote(absolute)}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(absolute, safe="")}" '
        'target="_blank">Chia sẻ Facebook</a></div>'
    )
    sapo = f'<div class="sapo"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
    tags = ", ".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
    newer = [o for o in in_cat(s.cat) if (o.published_at or "") > (s.published_at or "")][-5:]
    newer_html = (
        '<div class="other-news"><h3>Tin mới hơn</h3><ul>'
        + "".join(f'<li><a href="{post_path(o)}">{esc(o.title)}</a> ({dmy(o)})</li>' for o in newer)
        + "</ul></div>"
        if newer
        else ""
    )
    main = f"""{crumbs((f"/chuyen-muc/{s.cat}.html", cat))}
<div class="news-detail">
<h1 class="title">{esc(s.title)}</h1>
<div class="info">{info}</div>
{tools}
{sapo}
<div class="content">
{render_blocks(s.blocks)}
</div>
<div class="tags"><strong>Từ khóa:</strong> {tags}</div>
{newer_html}
</div>"""
    head = f'\n<link rel="canonical" href="{absolute}">\n<meta property="og:title" content="{esc(s.title)}">'
    return layout(request, f"{s.title} - {SITE}", main, head)


def static_page(request: Request, key: str) -> Response:
    if key == "gioi-thieu":
        title = "Giới thiệu Sở Giáo dục và Đào tạo"
        body = (
            "<p>Sở Giáo dục và Đào tạo tỉnh Bình Phước là cơ quan chuyên môn thuộc UBND tỉnh, tham "
            "mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục "
            "thường xuyên và giáo dục chuyên nghiệp trên địa bàn tỉnh.</p>"
            "<h3>Ban Giám đốc</h3><ul><li>Giám đốc: phụ trách chung</li>"
            "<li>Phó Giám đốc: phụ trách giáo dục phổ thông, khảo thí</li>"
            "<li>Phó Giám đốc: phụ trách tổ chức cán bộ, kế hoạch - tài chính</li></ul>"
            "<h3>Các phòng chuyên môn</h3><p>Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế "
            "hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng "
            "Quản lý chất lượng.</p>"
        )
    else:
        title = "Liên hệ"
        body = (
            "<p>Sở Giáo dục và Đào tạo tỉnh Bình Phước</p>"
            "<p>Địa chỉ: Số 1 đường Hùng Vương, phường Tân Phú, TP. Đồng Xoài, tỉnh Bình Phước</p>"
            "<p>Điện thoại: 0271.3879.126 - Email: sgddt@binhphuoc.gov.vn</p>"
            '<form method="post" action="/lien-he.html" class="contact">'
            '<p><input name="hoten" placeholder="Họ và tên"></p><p><input name="email" placeholder="Email"></p>'
            '<p><textarea name="noidung" placeholder="Nội dung"></textarea></p>'
            '<p><button type="submit">Gửi liên hệ</button></p></form>'
        )
    main = crumbs((None, title)) + f'<div class="page-detail"><h1 class="title">{title}</h1>{body}</div>'
    return layout(request, f"{title} - {SITE}", main)


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/templates/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.html", "/index.php"):
            return home(request)
        if path in ("/gioi-thieu.html", "/lien-he.html"):
            return static_page(request, path[1:-5])
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)\.html", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/chu-de/([a-z0-9-]+)\.html", path):
            return topic_page(request, m.group(1)) if m.group(1) in TOPICS else None
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)\.html", path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS else None
        if m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)-(\d+)\.html", path):
            s = BY_ID.get(int(m.group(2)))
            if s is not None and s.slug == m.group(1) and not request.query:
                return article_page(request, s)
        return None


def build_site() -> VendorPortal:
    return VendorPortal()


GOLD = [gold_record(s, post_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    "/chu-de/thi-dua-khen-thuong.html",
    "/chu-de/thi-dua-khen-thuong.html?trang=2",
    "/tag/khen-thuong.html",
    "/chuyen-muc/tin-tuc-su-kien.html",
    "/gioi-thieu.html",
    "/lien-he.html",
]

#: posts no category page lists, and how a reader reaches them
HIDDEN = {
    11: "only /chu-de/thi-dua-khen-thuong.html?trang=2, /tag/khen-thuong.html, id 13's newer list",
    12: "only the tag pages (in no topic)",
    13: "the Kỳ thi tốt nghiệp THPT topic, Thi đua khen thưởng page 2, tag pages",
}
