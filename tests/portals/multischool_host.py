"""Fixture portal: one school on a district education office's hosted multi-school platform.

Why: many district offices (Phòng GD&ĐT) run one PHP platform for every school of the district:
one host, one template, each unit under its own path prefix. This fixture imitates such a host,
"eSchool" of the Phòng GD&ĐT huyện Hải Lăng: the office itself at ``/pgd/``, the school under
test at ``/thcs-hai-thuong/`` (START_PATH) and two neighbours of the same commune,
``/th-hai-thuong/`` and ``/mn-hai-thuong/``. The crawl starts at the school; the gold holds only
the school's own articles. The host root ``/`` is the platform's list of units.

What every unit prints, from one template: a top bar with the header clock, links to the host
root and the office, a "Chọn đơn vị" dropdown of every unit on the host; the unit banner and menu;
category listings ``/<unit>/<cat>/`` paged with ``?trang=N`` (``?trang=1`` is the first page
again); articles at ``/<unit>/<cat>/<slug>-<id>.html`` with ``rel=canonical`` to themselves,
and the very same article at the old platform's address
``/<unit>/index.php?mod=tintuc&act=chitiet&id=N`` (still served, canonical to the new address;
the home page's "Tin nổi bật" slider links that form); a print view ``/<unit>/in-bai/<id>.html``
(noindex); a right column with search, "Tin mới", "Tin xem nhiều" (its cache still lists a
deleted notice, whose address answers 200 with "Bài viết không tồn tại hoặc đã bị gỡ bỏ.": a
soft 404; any unknown article address does the same), the office's shared news ("Tin Phòng
GD&ĐT") and news of neighbour schools (links into other prefixes on the same host), a poll, a
links dropdown and a visitor counter; "Các tin khác" with dates under each article; a reader
comment form. Other pages: "Giới thiệu", "Cơ cấu tổ chức", "Liên hệ" (form), "Đăng nhập", a
"Tin Phòng GD&ĐT" page listing the office's news (links go to ``/pgd/…``), a photo gallery with
albums, a search page (GET form), a per-unit RSS feed ``/<unit>/rss.xml`` (the newest 10), a
document register ``/<unit>/van-ban`` whose filter and sort links (``loai``, ``nam``, ``sx``,
``trang``) combine with the current query into a few hundred distinct URLs (parameter
explosion; every one answers 200), and a weekly work calendar ``/<unit>/lich-cong-tac?tuan=
YYYY-MM-DD`` whose "Tuần sau »" link never ends (any date from 1900 to 2999 answers). The unit
address without its slash redirects (301) to the slash form. robots.txt disallows print views
and search.

Text: the date line of articles posted on the current platform reads "Cập nhật lúc HH:MM ngày
DD/MM/YYYY"; articles migrated from the old platform (September 2024) print "Ngày đăng:
YYYY-MM-DD" or nothing at all (then the listing's date is the publication date). One article is
stored decomposed (NFD, pasted from a "Unicode tổ hợp" editor), one (a repost of the office's
news) mixes named and numeric character references into raw UTF-8. Captions: a centred italic
line under a photo, mostly in parentheses; the second row of an FCKeditor image table; a
``<figcaption>``; once only the Zalo file name (no caption). Sapo: a bold ``div.tomtat`` outside
the body on some articles.

Gold (by hand, see GOLD), judgement calls:
- Only articles under ``/thcs-hai-thuong/`` are this portal's. The office's articles and those of
  the neighbour schools are other portals on the same host, even when the school's pages link
  them; they are NON_ARTICLES here (a few listed). The school's own repost of an office story
  (its own address, its own title, "Nguồn: Phòng GD&ĐT Hải Lăng") *is* the school's article,
  with ``source`` set.
- "Người đăng: admin / bientap" is the CMS login name, never an author; the CMS field "Tác giả:"
  is an author. A bare right-aligned name closing the text is its author. "Ảnh: Liên đội THCS Hải
  Thượng" credits an organisation: it goes to photographers as printed.
- "Cập nhật lúc 00:00 ngày 28/04/2025" prints no real time: date only. The article without a
  date line takes the date printed beside it in the category listing.
- The sapo (``div.tomtat``) is the summary and the body's first paragraph. Table rows are body
  lines, cells joined by " | "; list items are body paragraphs. The attached file is not body.
- The legacy ``index.php`` address of every article is an ``alt_paths`` entry.
- The print view, the soft 404, listings, gallery, register, calendar and search are not
  articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "multischool_host"
PLATFORM = "multischool"
START_PATH = "/thcs-hai-thuong/"

HOST_NAME = "Cổng thông tin giáo dục huyện Hải Lăng"
OFFICE = "Phòng Giáo dục và Đào tạo huyện Hải Lăng"
PER_PAGE = 4
DOCS_PER_PAGE = 4
#: the calendar's default week: the Monday of the header clock's week (25/11/2026)
THIS_MONDAY = date(2026, 11, 23)

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
}


@dataclass(frozen=True)
class Unit:
    key: str
    name: str
    uid: int
    address: str
    phone: str
    email: str
    head: str


UNITS: dict[str, Unit] = {
    u.key: u
    for u in (
        Unit(
            "pgd",
            OFFICE,
            30001,
            "Khóm 3, thị trấn Diên Sanh, huyện Hải Lăng, tỉnh Quảng Trị",
            "0233.3873.215",
            "pgd.hailang@quangtri.edu.vn",
            "Trưởng phòng Nguyễn Đăng Khoa",
        ),
        Unit(
            "thcs-hai-thuong",
            "Trường THCS Hải Thượng",
            30412,
            "Thôn Tân Điền, xã Hải Thượng, huyện Hải Lăng, tỉnh Quảng Trị",
            "0233.3874.508",
            "thcshaithuong.hl@quangtri.edu.vn",
            "Hiệu trưởng Phan Đức Thịnh",
        ),
        Unit(
            "th-hai-thuong",
            "Trường Tiểu học Hải Thượng",
            30415,
            "Thôn Thượng Xá, xã Hải Thượng, huyện Hải Lăng, tỉnh Quảng Trị",
            "0233.3874.611",
            "thhaithuong.hl@quangtri.edu.vn",
            "Hiệu trưởng Đoàn Thị Kim Thoa",
        ),
        Unit(
            "mn-hai-thuong",
            "Trường Mầm non Hải Thượng",
            30418,
            "Thôn Tân Điền, xã Hải Thượng, huyện Hải Lăng, tỉnh Quảng Trị",
            "0233.3874.702",
            "mnhaithuong.hl@quangtri.edu.vn",
            "Hiệu trưởng Lê Thị Phương",
        ),
    )
}
SCHOOL = UNITS["thcs-hai-thuong"]


def _up(unit: Unit, name: str) -> str:
    return f"/upload/{unit.uid}/{name}"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# Story.opts: unit, when (datetime of the date line), dateline ("std" "Cập nhật lúc …", "iso"
# "Ngày đăng: YYYY-MM-DD", "none"), listed (the listing's date), user (Người đăng), author_field
# (CMS "Tác giả"), file (href, shown name), nfd, entities.
# Img styles: "em" centred image + centred italic line; "bang" FCKeditor image table, caption in
# its second row; "fig" figure/figcaption; "plain" image alone.
# P styles: "" paragraph, "th"/"tr" table rows (cells " | "), "li" list item.
_S = "thcs-hai-thuong"
STORIES: list[Story] = [
    Story(
        id=1352,
        slug="hoc-sinh-truong-thcs-hai-thuong-dat-9-giai-tai-hoi-thi-tin-hoc-tre-cap-huyen-nam-2025",
        title="Học sinh Trường THCS Hải Thượng đạt 9 giải tại Hội thi Tin học trẻ cấp huyện năm 2025",
        cat="tin-tuc-su-kien",
        published_at="2025-05-16T15:20:00+07:00",
        summary=(
            "Với 9 giải gồm 2 giải Nhất, 3 giải Nhì và 4 giải Ba, đội tuyển Tin học của nhà trường"
            " xếp thứ hai toàn đoàn tại Hội thi Tin học trẻ huyện Hải Lăng năm 2025."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi do Phòng GD&ĐT phối hợp với Huyện đoàn Hải Lăng tổ chức trong hai ngày 14"
                " và 15/5/2025, thu hút 126 thí sinh đến từ 21 trường tiểu học và THCS trên địa bàn"
                " huyện. Thí sinh tranh tài ở ba bảng: bảng A dành cho học sinh tiểu học, bảng B"
                " dành cho học sinh THCS và bảng sản phẩm sáng tạo."
            ),
            Img(
                _up(SCHOOL, "2025/05/tin-hoc-tre-2025-1.jpg"),
                "Thí sinh bảng B làm bài thi lập trình tại phòng máy Trường THCS thị trấn Hải Lăng",
                "Thí sinh bảng B làm bài thi lập trình tại phòng máy Trường THCS thị trấn Hải Lăng",
                "fig",
            ),
            P(
                "Ở bảng B, em Nguyễn Hoàng Phúc (lớp 9A) và em Lê Bảo Ngọc (lớp 8B) cùng đoạt giải"
                " Nhất với bài thi giải thuật đạt điểm tuyệt đối. Sản phẩm “Ứng dụng nhắc lịch uống"
                " thuốc cho người cao tuổi” của nhóm học sinh lớp 8A đạt giải Nhì bảng sản phẩm"
                " sáng tạo."
            ),
            P(
                "Để chuẩn bị cho hội thi, từ tháng 2/2025 nhà trường đã thành lập đội tuyển, phân"
                " công hai giáo viên Tin học bồi dưỡng vào các buổi chiều thứ Ba, thứ Năm và sáng"
                " Chủ nhật. Phòng máy được mở cửa cả trong dịp nghỉ giữa học kỳ để các em luyện đề."
            ),
            P(
                "Thầy Phan Đức Thịnh, Hiệu trưởng nhà trường cho biết: “Kết quả này là động lực để"
                " nhà trường tiếp tục đầu tư cho giáo dục STEM và Tin học, chuẩn bị tốt cho các em"
                " tham gia hội thi cấp tỉnh vào tháng 7 tới”."
            ),
            _right("Bài, ảnh: Nguyễn Văn Khánh"),
        ],
        authors=["Nguyễn Văn Khánh"],
        photographers=["Nguyễn Văn Khánh"],
        opts={"unit": _S, "when": datetime(2025, 5, 16, 15, 20), "user": "bientap"},
    ),
    Story(
        id=1349,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-ii-nam-hoc-2024-2025",
        title="Thông báo lịch kiểm tra cuối học kỳ II năm học 2024 - 2025",
        cat="thong-bao",
        published_at="2025-04-28",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2024 - 2025, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ II các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày kiểm tra | Buổi | Môn | Khối | Thời gian làm bài", "th"),
            P("05/5/2025 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("05/5/2025 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("06/5/2025 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("07/5/2025 | Sáng | Khoa học tự nhiên | 6, 7, 8, 9 | 90 phút", "tr"),
            P("07/5/2025 | Chiều | Lịch sử và Địa lí | 6, 7, 8, 9 | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại trường trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và"
                " đồ dùng học tập cần thiết. Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra"
                " tại lớp theo kế hoạch của tổ chuyên môn."
            ),
        ],
        opts={"unit": _S, "when": datetime(2025, 4, 28, 0, 0), "user": "admin"},
    ),
    Story(
        id=1344,
        slug="to-ngu-van-to-chuc-chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan",
        title=(
            "Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo Chương trình"
            " GDPT 2018”"
        ),
        cat="chuyen-mon",
        published_at="2025-04-10T09:05:00+07:00",
        blocks=[
            P(
                "Sáng ngày 08 tháng 4 năm 2025, Tổ Ngữ văn - Lịch sử - GDCD Trường THCS Hải Thượng"
                " tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo Chương trình GDPT"
                " 2018” với sự tham gia của toàn thể giáo viên trong tổ và đại diện giáo viên Ngữ"
                " văn các trường THCS trong cụm Hải Thượng - Hải Lâm."
            ),
            P(
                "Tiết dạy minh họa bài “Bàn về đọc sách” tại lớp 9B do cô Trần Thị Diệu Linh thực"
                " hiện. Cô tổ chức cho học sinh làm việc theo nhóm, sử dụng phiếu học tập để xác"
                " định luận đề, luận điểm, lí lẽ và bằng chứng, sau đó liên hệ với thói quen đọc"
                " của bản thân."
            ),
            Img(
                _up(SCHOOL, "2025/04/chuyen-de-ngu-van-9b.jpg"),
                "(Cô Trần Thị Diệu Linh hướng dẫn học sinh lớp 9B thảo luận nhóm)",
                "Cô Trần Thị Diệu Linh hướng dẫn học sinh lớp 9B thảo luận nhóm",
                "em",
            ),
            P(
                "Sau tiết dạy, các giáo viên dự giờ đã phân tích, góp ý về cách tổ chức hoạt động,"
                " cách đặt câu hỏi phát triển tư duy phản biện và việc đánh giá học sinh trong giờ"
                " học. Nhiều ý kiến thống nhất cần tăng thời lượng cho học sinh tự trình bày, tranh"
                " luận trước lớp."
            ),
            P(
                "Chuyên đề góp phần giúp giáo viên chủ động hơn trong việc đổi mới phương pháp dạy"
                " học, chuẩn bị tốt cho việc dạy học lớp 9 theo chương trình mới."
            ),
            Raw('<p style="text-align: right;">Hoàng Thị Thu Hà</p>'),
        ],
        authors=["Hoàng Thị Thu Hà"],
        opts={"unit": _S, "when": datetime(2025, 4, 10, 9, 5), "user": "bientap", "nfd": True},
    ),
    Story(
        id=1340,
        slug="hinh-anh-hoi-trai-tuoi-tre-hai-thuong-tiep-buoc-cha-anh",
        title=(
            "Hình ảnh Hội trại “Tuổi trẻ Hải Thượng - Tiếp bước cha anh” mừng 94 năm Ngày thành"
            " lập Đoàn"
        ),
        cat="doan-doi",
        published_at="2025-03-27T16:10:00+07:00",
        blocks=[
            P(
                "Nhân kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2025),"
                " trong hai ngày 25 và 26/3, Liên đội Trường THCS Hải Thượng tổ chức Hội trại với"
                " sự tham gia của 14 chi đội. Dưới đây là một số hình ảnh của hội trại:"
            ),
            Img(
                _up(SCHOOL, "2025/03/hoi-trai-2025-1.jpg"),
                "Lễ chào cờ khai mạc Hội trại",
                "Lễ chào cờ khai mạc Hội trại",
                "em",
            ),
            Img(
                _up(SCHOOL, "2025/03/hoi-trai-2025-2.jpg"),
                "Trại của Chi đội 9A đạt giải Nhất cổng trại đẹp",
                "Trại của Chi đội 9A đạt giải Nhất cổng trại đẹp",
                "bang",
            ),
            Img(
                _up(SCHOOL, "2025/03/z6432817705512_8c1f0a3b7d4e2f9a6b5c1d0e3f7a9b2c.jpg"),
                "z6432817705512_8c1f0a3b7d4e2f9a6b5c1d0e3f7a9b2c.jpg",
                None,
                "em",
            ),
            Img(
                _up(SCHOOL, "2025/03/hoi-trai-2025-4.jpg"),
                "(Các đội chơi tham gia trò chơi lớn “Theo dấu chân anh bộ đội Cụ Hồ”)",
                "Các đội chơi tham gia trò chơi lớn “Theo dấu chân anh bộ đội Cụ Hồ”",
                "em",
            ),
            _right("Ảnh: Liên đội THCS Hải Thượng"),
        ],
        photographers=["Liên đội THCS Hải Thượng"],
        opts={"unit": _S, "when": datetime(2025, 3, 27, 16, 10), "user": "doandoi"},
    ),
    Story(
        id=1336,
        slug="quyet-dinh-cong-nhan-danh-hieu-hoc-sinh-hoc-ky-i-nam-hoc-2024-2025",
        title="Quyết định công nhận danh hiệu học sinh học kỳ I năm học 2024 - 2025",
        cat="thong-bao",
        published_at="2025-01-20T10:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo Quyết định số 15/QĐ-THCSHT ngày 17/01/2025 của Hiệu trưởng"
                " Trường THCS Hải Thượng về việc công nhận danh hiệu “Học sinh Xuất sắc”, “Học sinh"
                " Giỏi” học kỳ I năm học 2024 - 2025. Giáo viên chủ nhiệm thông báo đến học sinh và"
                " cha mẹ học sinh các lớp (danh sách chi tiết xem tệp đính kèm)."
            ),
        ],
        opts={
            "unit": _S,
            "when": datetime(2025, 1, 20, 10, 0),
            "user": "admin",
            "file": (
                _up(SCHOOL, "files/2025/QD-15-cong-nhan-danh-hieu-HS-HKI.pdf"),
                "QD-15-cong-nhan-danh-hieu-HS-HKI.pdf",
            ),
        },
    ),
    Story(
        id=1331,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-thanh-cong-tot-dep",
        title=(
            "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2024 - 2025 thành công tốt đẹp"
        ),
        cat="tin-tuc-su-kien",
        published_at="2024-11-20T14:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 11 đến ngày 19/11/2024, Phòng GD&ĐT huyện Hải Lăng tổ chức Hội thi giáo"
                " viên dạy giỏi cấp huyện bậc THCS năm học 2024 - 2025. Tham gia hội thi có 58 giáo"
                " viên đến từ 17 trường THCS trên địa bàn huyện, thi ở 9 môn học."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện"
                " hai tiết dạy: một tiết do giáo viên tự chọn và một tiết bốc thăm, chuẩn bị trong"
                " thời gian 3 ngày. Ban giám khảo đánh giá cao các tiết dạy có nhiều hoạt động trải"
                " nghiệm, ứng dụng công nghệ thông tin hợp lý."
            ),
            P(
                "Kết quả, có 41 giáo viên được công nhận giáo viên dạy giỏi cấp huyện. Trường THCS"
                " Hải Thượng có 3/3 giáo viên dự thi đạt danh hiệu, trong đó cô Nguyễn Thị Minh Tâm"
                " (môn Toán) được Ban tổ chức đánh giá có tiết dạy xuất sắc."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Hải Lăng</em></p>'),
        ],
        source="Phòng GD&ĐT Hải Lăng",
        opts={
            "unit": _S,
            "when": datetime(2024, 11, 20, 14, 30),
            "user": "bientap",
            "entities": 2,
        },
    ),
    Story(
        id=1327,
        slug="to-khoa-hoc-tu-nhien-thuc-hien-chuyen-de-stem-che-tao-may-loc-nuoc-mini",
        title="Tổ Khoa học tự nhiên thực hiện chuyên đề STEM “Chế tạo máy lọc nước mini”",
        cat="chuyen-mon",
        published_at="2024-10-24T08:15:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục STEM năm học 2024 - 2025, ngày 22/10/2024, Tổ Khoa học"
                " tự nhiên tổ chức chuyên đề bài học STEM “Chế tạo máy lọc nước mini” dành cho học"
                " sinh khối 7."
            ),
            P(
                "Từ các vật liệu dễ tìm như chai nhựa, sỏi, cát, than hoạt tính và bông, học sinh"
                " tìm hiểu nguyên lí lọc cơ học, thiết kế bản vẽ, lắp ráp sản phẩm rồi tiến hành"
                " thử nghiệm, so sánh độ trong của nước trước và sau khi lọc."
            ),
            Img(
                _up(SCHOOL, "2024/10/stem-may-loc-nuoc-7a.jpg"),
                "Học sinh lớp 7A thử nghiệm sản phẩm máy lọc nước",
                "Học sinh lớp 7A thử nghiệm sản phẩm máy lọc nước",
                "bang",
            ),
            P(
                "Qua chuyên đề, học sinh được vận dụng kiến thức về hỗn hợp, chất tinh khiết và"
                " tách chất ra khỏi hỗn hợp vào thực tiễn; đồng thời rèn luyện kĩ năng làm việc"
                " nhóm, thuyết trình và giải quyết vấn đề."
            ),
        ],
        authors=["Võ Minh Tuấn"],
        opts={
            "unit": _S,
            "when": datetime(2024, 10, 24, 8, 15),
            "user": "bientap",
            "author_field": "Võ Minh Tuấn",
        },
    ),
    Story(
        id=1322,
        slug="truong-thcs-hai-thuong-to-chuc-hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2024-2025",
        title=(
            "Trường THCS Hải Thượng tổ chức Hội nghị viên chức, người lao động năm học 2024 - 2025"
        ),
        cat="tin-tuc-su-kien",
        published_at="2024-10-12T10:40:00+07:00",
        summary=(
            "Chiều 11/10/2024, Trường THCS Hải Thượng long trọng tổ chức Hội nghị viên chức, người"
            " lao động năm học 2024 - 2025 nhằm đánh giá kết quả năm học vừa qua và bàn giải pháp"
            " thực hiện nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có đồng chí Lê Văn Hòa, Phó Chủ tịch UBND xã Hải Thượng; đại diện Ban"
                " đại diện cha mẹ học sinh và toàn thể 38 cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Năm học 2023 - 2024, nhà trường có 512 học sinh ở 14 lớp; tỉ lệ học sinh lên lớp"
                " thẳng đạt 98,6%; 100% học sinh lớp 9 được công nhận tốt nghiệp THCS. Nhà trường"
                " có 27 học sinh đạt giải trong các kỳ thi học sinh giỏi cấp huyện, 4 học sinh đạt"
                " giải cấp tỉnh."
            ),
            Img(
                _up(SCHOOL, "2024/10/hoi-nghi-vc-2024-1.jpg"),
                "(Thầy Phan Đức Thịnh, Hiệu trưởng nhà trường báo cáo tại hội nghị)",
                "Thầy Phan Đức Thịnh, Hiệu trưởng nhà trường báo cáo tại hội nghị",
                "em",
            ),
            P("Năm học 2024 - 2025, nhà trường tập trung thực hiện các nhiệm vụ trọng tâm:"),
            P(
                "Triển khai Chương trình GDPT 2018 đối với lớp 9, bảo đảm đủ thiết bị dạy học"
                " tối thiểu;",
                "li",
            ),
            P(
                "Nâng cao chất lượng giáo dục mũi nhọn, phấn đấu có học sinh đạt giải cấp tỉnh ở"
                " ít nhất 5 môn;",
                "li",
            ),
            P("Đẩy mạnh chuyển đổi số, sử dụng học bạ số và sổ điểm điện tử;", "li"),
            P("Xây dựng trường học xanh - sạch - đẹp - an toàn.", "li"),
            P(
                "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết vào dự"
                " thảo kế hoạch năm học, quy chế chi tiêu nội bộ và quy chế dân chủ ở cơ sở. Hội"
                " nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2024 - 2026 gồm 3 thành viên."
            ),
            Img(
                _up(SCHOOL, "2024/10/hoi-nghi-vc-2024-2.jpg"),
                "(Cán bộ, giáo viên ký kết giao ước thi đua năm học 2024 - 2025)",
                "Cán bộ, giáo viên ký kết giao ước thi đua năm học 2024 - 2025",
                "em",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND xã ghi nhận những kết quả nhà trường"
                " đạt được và đề nghị tập thể sư phạm tiếp tục đoàn kết, khắc phục khó khăn về cơ"
                " sở vật chất, tham mưu xây dựng thêm 4 phòng học bộ môn trong năm học."
            ),
            P("Hội nghị kết thúc với 100% đại biểu biểu quyết thông qua nghị quyết."),
            _right("Tin, ảnh: Phan Văn Lực"),
        ],
        authors=["Phan Văn Lực"],
        photographers=["Phan Văn Lực"],
        opts={"unit": _S, "when": datetime(2024, 10, 12, 10, 40), "user": "bientap"},
    ),
    Story(
        id=1318,
        slug="trao-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2024-09-26",
        blocks=[
            P(
                "Sáng 25/9, Quỹ Khuyến học xã Hải Thượng phối hợp với nhà trường trao 15 suất học"
                " bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt."
                " Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt, cặp sách và bộ sách giáo khoa."
            ),
            Img(
                _up(SCHOOL, "2024/09/trao-hoc-bong-2024.jpg"),
                "Đại diện Quỹ Khuyến học xã trao học bổng cho học sinh",
                "Đại diện Quỹ Khuyến học xã trao học bổng cho học sinh",
                "bang",
            ),
            P(
                "Dịp này, nhà trường cũng tiếp nhận 200 quyển vở do Hội Cựu học sinh khóa 2005 -"
                " 2009 trao tặng."
            ),
            _right("Tin: Trần Thị Mỹ Linh"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={
            "unit": _S,
            "when": None,
            "listed": date(2024, 9, 26),
            "dateline": "none",
            "user": "admin",
        },
    ),
    Story(
        id=1310,
        slug="lien-doi-ra-quan-huong-ung-thang-an-toan-giao-thong-nam-2024",
        title="Liên đội ra quân hưởng ứng “Tháng An toàn giao thông” năm 2024",
        cat="doan-doi",
        published_at="2024-09-18T15:00:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tháng An toàn giao thông và Năm an toàn giao thông 2024, sáng 16/9, Liên"
                " đội Trường THCS Hải Thượng tổ chức lễ ra quân với chủ đề “Văn hóa giao thông cho"
                " học sinh”."
            ),
            P(
                "Tại buổi lễ, đại diện Công an xã Hải Thượng tuyên truyền về các lỗi vi phạm thường"
                " gặp của học sinh như đi xe đạp dàn hàng ngang, không đội mũ bảo hiểm khi ngồi sau"
                " xe máy, điều khiển xe máy khi chưa đủ tuổi. 100% học sinh đã ký cam kết chấp hành"
                " Luật Giao thông đường bộ."
            ),
            Img(
                _up(SCHOOL, "2024/09/ra-quan-atgt-2024.jpg"),
                "Học sinh ký cam kết chấp hành Luật Giao thông đường bộ",
                "Học sinh ký cam kết chấp hành Luật Giao thông đường bộ",
                "fig",
            ),
            P(
                "Sau lễ ra quân, các chi đội diễu hành tuyên truyền trên tuyến đường liên xã từ"
                " trường đến chợ Hải Thượng."
            ),
            _right("Tin và ảnh: Hồ Thị Thanh Thủy"),
        ],
        authors=["Hồ Thị Thanh Thủy"],
        photographers=["Hồ Thị Thanh Thủy"],
        opts={"unit": _S, "when": datetime(2024, 9, 18, 15, 0), "user": "doandoi"},
    ),
    Story(
        id=1305,
        slug="le-khai-giang-nam-hoc-2024-2025",
        title="Lễ khai giảng năm học 2024 - 2025",
        cat="tin-tuc-su-kien",
        published_at="2024-09-05",
        summary=(
            "Sáng 05/9/2024, cùng với hơn 22 triệu học sinh cả nước, thầy và trò Trường THCS Hải"
            " Thượng long trọng tổ chức Lễ khai giảng năm học 2024 - 2025."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2024 - 2025, nhà trường có 526 học sinh được biên chế vào 14 lớp, trong đó"
                " có 134 học sinh lớp 6. Đội ngũ gồm 36 cán bộ, giáo viên, nhân viên, 100% giáo"
                " viên đạt chuẩn trình độ đào tạo."
            ),
            Img(
                _up(SCHOOL, "2024/09/khai-giang-2024-1.jpg"),
                "(Các em học sinh lớp 6 bước vào lễ khai giảng)",
                "Các em học sinh lớp 6 bước vào lễ khai giảng",
                "em",
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Phan Đức Thịnh đọc thư của Chủ tịch nước gửi ngành"
                " Giáo dục nhân dịp khai giảng năm học mới, ôn lại thành tích năm học 2023 - 2024"
                " và phát động thi đua năm học mới."
            ),
            P(
                "Nhân dịp này, nhà trường trao thưởng cho 35 học sinh đạt thành tích cao trong các"
                " kỳ thi học sinh giỏi và tuyên dương 12 học sinh vượt khó học tốt."
            ),
            Img(
                _up(SCHOOL, "2024/09/khai-giang-2024-2.jpg"),
                "(Đại biểu đánh trống khai giảng năm học mới)",
                "Đại biểu đánh trống khai giảng năm học mới",
                "em",
            ),
            P("Ngay sau lễ khai giảng, các lớp đi vào học tập theo thời khóa biểu."),
            _right("Tin: Lê Thị Hồng Nhung - Ảnh: Trần Quốc Bảo"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Trần Quốc Bảo"],
        opts={
            "unit": _S,
            "when": datetime(2024, 9, 5, 0, 0),
            "dateline": "iso",
            "user": "admin",
        },
    ),
    Story(
        id=1301,
        slug="thong-bao-nhan-ho-so-mien-giam-hoc-phi-ho-tro-chi-phi-hoc-tap-nam-hoc-2024-2025",
        title=(
            "Thông báo nhận hồ sơ đề nghị miễn, giảm học phí và hỗ trợ chi phí học tập năm học"
            " 2024 - 2025"
        ),
        cat="thong-bao",
        published_at="2024-09-03T14:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo đến cha mẹ học sinh thuộc diện được miễn, giảm học phí và hỗ"
                " trợ chi phí học tập theo Nghị định số 81/2021/NĐ-CP nộp hồ sơ tại Văn phòng nhà"
                " trường (gặp cô Nguyễn Thị Hương, kế toán) từ ngày 09/9/2024 đến hết ngày"
                " 30/9/2024 trong giờ hành chính. Hồ sơ nộp sau thời hạn trên sẽ được xét vào học"
                " kỳ II."
            ),
        ],
        opts={"unit": _S, "when": datetime(2024, 9, 3, 14, 0), "user": "admin"},
    ),
]

#: news of the other units on the host (other portals: never in this portal's gold)
OTHER_STORIES: list[Story] = [
    Story(
        id=912,
        slug="hoi-nghi-tong-ket-nam-hoc-2024-2025-bac-hoc-mam-non",
        title="Hội nghị tổng kết năm học 2024 - 2025 bậc học mầm non",
        cat="tin-tuc-su-kien",
        published_at="2025-06-05T16:00:00+07:00",
        blocks=[
            P(
                "Ngày 04/6/2025, Phòng GD&ĐT huyện Hải Lăng tổ chức hội nghị tổng kết năm học 2024 -"
                " 2025 bậc học mầm non với sự tham dự của cán bộ quản lý 22 trường mầm non trong"
                " huyện. Tỉ lệ huy động trẻ mẫu giáo ra lớp đạt 99,2%; 100% trẻ 5 tuổi hoàn thành"
                " chương trình giáo dục mầm non."
            ),
        ],
        opts={"unit": "pgd", "when": datetime(2025, 6, 5, 16, 0), "user": "pgd_admin"},
    ),
    Story(
        id=905,
        slug="phong-gddt-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs",
        title="Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS",
        cat="tin-tuc-su-kien",
        published_at="2024-11-19T17:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 11 đến ngày 19/11/2024, Phòng GD&ĐT huyện Hải Lăng tổ chức Hội thi giáo"
                " viên dạy giỏi cấp huyện bậc THCS năm học 2024 - 2025. Tham gia hội thi có 58 giáo"
                " viên đến từ 17 trường THCS trên địa bàn huyện, thi ở 9 môn học."
            ),
            P("Kết quả, có 41 giáo viên được công nhận giáo viên dạy giỏi cấp huyện."),
        ],
        opts={"unit": "pgd", "when": datetime(2024, 11, 19, 17, 10), "user": "pgd_admin"},
    ),
    Story(
        id=899,
        slug="thong-bao-dang-ky-du-thi-hoc-sinh-gioi-cap-huyen-lop-9",
        title="Thông báo đăng ký dự thi học sinh giỏi cấp huyện lớp 9 năm học 2024 - 2025",
        cat="thong-bao",
        published_at="2024-11-02T08:00:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT đề nghị các trường THCS gửi danh sách học sinh đăng ký dự thi về bộ"
                " phận chuyên môn THCS trước ngày 15/11/2024 qua hệ thống quản lý văn bản."
            ),
        ],
        opts={"unit": "pgd", "when": datetime(2024, 11, 2, 8, 0), "user": "pgd_admin"},
    ),
    Story(
        id=2210,
        slug="truong-tieu-hoc-hai-thuong-to-chuc-ngay-hoi-doc-sach-nam-2025",
        title="Trường Tiểu học Hải Thượng tổ chức Ngày hội đọc sách năm 2025",
        cat="tin-tuc-su-kien",
        published_at="2025-04-21T10:30:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4, nhà trường tổ chức Ngày hội đọc"
                " sách với các hoạt động giới thiệu sách, thi kể chuyện theo sách và trao đổi sách"
                " cũ giữa các lớp."
            ),
        ],
        opts={"unit": "th-hai-thuong", "when": datetime(2025, 4, 21, 10, 30), "user": "admin"},
    ),
    Story(
        id=2204,
        slug="hoc-sinh-lop-5-tham-quan-thanh-co-quang-tri",
        title="Học sinh lớp 5 tham quan Thành cổ Quảng Trị",
        cat="tin-tuc-su-kien",
        published_at="2025-03-14T15:00:00+07:00",
        blocks=[
            P(
                "Ngày 13/3, 86 học sinh khối 5 tham gia chuyến học tập trải nghiệm tại Di tích"
                " Thành cổ Quảng Trị và dâng hương tại Đài tưởng niệm."
            ),
        ],
        opts={"unit": "th-hai-thuong", "when": datetime(2025, 3, 14, 15, 0), "user": "admin"},
    ),
    Story(
        id=3107,
        slug="be-vui-tet-trung-thu-nam-2024",
        title="Bé vui Tết Trung thu năm 2024",
        cat="tin-tuc-su-kien",
        published_at="2024-09-16T17:00:00+07:00",
        blocks=[
            P(
                "Chiều 16/9, Trường Mầm non Hải Thượng tổ chức chương trình “Bé vui Tết Trung thu”"
                " cho gần 200 cháu với các tiết mục múa lân, văn nghệ và phá cỗ."
            ),
        ],
        opts={"unit": "mn-hai-thuong", "when": datetime(2024, 9, 16, 17, 0), "user": "admin"},
    ),
]

ALL_STORIES = STORIES + OTHER_STORIES
_BY_UNIT_ID: dict[tuple[str, int], Story] = {(s.opts["unit"], s.id): s for s in ALL_STORIES}

#: the "Tin xem nhiều" cache still holds a notice the school deleted (soft 404 when followed)
DELETED = (
    "thong-bao",
    "thong-bao-lich-hop-cha-me-hoc-sinh-dau-nam-hoc-2024-2025-1299",
    "Thông báo lịch họp cha mẹ học sinh đầu năm học 2024 - 2025",
)


def story_path(s: Story) -> str:
    return f"/{s.opts['unit']}/{s.cat}/{s.slug}-{s.id}.html"


def legacy_path(s: Story) -> str:
    return f"/{s.opts['unit']}/index.php?mod=tintuc&act=chitiet&id={s.id}"


def listed_date(s: Story) -> date:
    return s.opts.get("listed") or s.opts["when"].date()


def unit_stories(key: str, cat: str | None = None) -> list[Story]:
    found = [s for s in ALL_STORIES if s.opts["unit"] == key and (cat is None or s.cat == cat)]
    return sorted(found, key=listed_date, reverse=True)


# --- documents (register entries with a file: not articles) ------------------------------------

LOAI = {"cv": "Công văn", "kh": "Kế hoạch", "qd": "Quyết định", "tb": "Thông báo"}
NAM = tuple(range(2025, 2018, -1))
SX = {"moi": "Mới nhất", "cu": "Cũ nhất", "so": "Số hiệu", "ten": "Trích yếu"}


@dataclass(frozen=True)
class Doc:
    number: str
    day: date
    loai: str
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc(
        "15/QĐ-THCSHT",
        date(2025, 1, 17),
        "qd",
        "Quyết định công nhận danh hiệu học sinh học kỳ I năm học 2024 - 2025",
        "QD-15-2025.pdf",
    ),
    Doc(
        "142/KH-THCSHT",
        date(2024, 9, 20),
        "kh",
        "Kế hoạch giáo dục nhà trường năm học 2024 - 2025",
        "KH-142-2024.pdf",
    ),
    Doc(
        "138/KH-THCSHT",
        date(2024, 9, 12),
        "kh",
        "Kế hoạch tổ chức các hoạt động giáo dục STEM năm học 2024 - 2025",
        "KH-138-2024.pdf",
    ),
    Doc(
        "120/TB-THCSHT",
        date(2024, 8, 26),
        "tb",
        "Thông báo tựu trường năm học 2024 - 2025",
        "TB-120-2024.pdf",
    ),
    Doc(
        "85/CV-THCSHT",
        date(2023, 10, 5),
        "cv",
        "Công văn về việc rà soát thiết bị dạy học tối thiểu lớp 8",
        "CV-85-2023.pdf",
    ),
    Doc(
        "47/QĐ-THCSHT",
        date(2022, 8, 30),
        "qd",
        "Quyết định thành lập các tổ chuyên môn năm học 2022 - 2023",
        "QD-47-2022.pdf",
    ),
]

ALBUMS = {
    21: ("Khai giảng năm học 2024 - 2025", ["khai-giang-2024-1.jpg", "khai-giang-2024-2.jpg"]),
    24: ("Hội trại mừng 94 năm thành lập Đoàn", ["hoi-trai-2025-1.jpg", "hoi-trai-2025-2.jpg"]),
}

# --- chrome --------------------------------------------------------------------------------


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _topbar(login: str = "") -> str:
    units = "".join(f'<li><a href="/{u.key}/">{esc(u.name)}</a></li>' for u in UNITS.values())
    return (
        '<div id="es-topbar"><div class="es-wrap">'
        f'<span class="es-homnay">{esc(TODAY)}</span>'
        f'<a class="es-cong" href="/">{esc(HOST_NAME)}</a>'
        ' | <a href="/pgd/">Phòng GD&amp;ĐT</a>'
        '<div class="es-donvi"><span class="es-donvi-nut">Chọn đơn vị &#9662;</span>'
        f"<ul>{units}</ul></div>"
        f"{login}</div></div>"
    )


def _menu(u: Unit) -> str:
    b = f"/{u.key}"
    cats = "".join(f'<li><a href="{b}/{k}/">{esc(v)}</a></li>' for k, v in CATS.items())
    shared = (
        "" if u.key == "pgd" else f'<li><a href="{b}/tin-phong-gd">Tin Phòng GD&amp;ĐT</a></li>'
    )
    return (
        '<div id="es-menu"><ul class="es-menu-ngang">'
        f'<li class="trangchu"><a href="{b}/">Trang chủ</a></li>'
        f'<li><a href="{b}/gioi-thieu">Giới thiệu</a><ul class="es-menu-con">'
        f'<li><a href="{b}/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li><a href="{b}/tin-tuc-su-kien/">Tin tức</a><ul class="es-menu-con">{cats}</ul></li>'
        f"{shared}"
        f'<li><a href="{b}/van-ban">Văn bản</a></li>'
        f'<li><a href="{b}/lich-cong-tac">Lịch công tác</a></li>'
        f'<li><a href="{b}/thu-vien-anh">Thư viện ảnh</a></li>'
        f'<li><a href="{b}/lien-he">Liên hệ</a></li>'
        "</ul></div>"
    )


def _hop(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<div class="es-hop {cls}"><div class="es-hop-tieude">{title}</div>'
        f'<div class="es-hop-noidung">{inner}</div></div>'
    )


def _li_news(s: Story, *, with_date: bool = True) -> str:
    day = f' <span class="ngay">({_d(listed_date(s))})</span>' if with_date else ""
    return f'<li><a href="{story_path(s)}">{esc(s.title)}</a>{day}</li>'


def _sidebar(u: Unit) -> str:
    b = f"/{u.key}"
    own = unit_stories(u.key)
    newest = "".join(_li_news(s) for s in own[:5])
    most = sorted(own, key=lambda s: (-s.views(), s.id))[:4]
    most_html = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="luot">{s.views()} lượt</span></li>'
        for s in most
    )
    if u.key == SCHOOL.key:
        cat, slug, title = DELETED
        most_html += f'<li><a href="{b}/{cat}/{slug}.html">{esc(title)}</a> <span class="luot">1874 lượt</span></li>'
    boxes = [
        _hop(
            "Tìm kiếm",
            f'<form class="es-timkiem" action="{b}/tim-kiem" method="get">'
            '<input type="text" name="tu-khoa" placeholder="Nhập từ khóa..." />'
            '<button type="submit">Tìm</button></form>'
            f'<a class="nangcao" href="{b}/tim-kiem">Tìm kiếm nâng cao</a>',
        ),
        _hop("Tin mới", f'<ul class="ds-tin">{newest}</ul>', "tinmoi"),
        _hop("Tin xem nhiều", f'<ul class="ds-tin">{most_html}</ul>', "xemnhieu"),
    ]
    if u.key != "pgd":
        office = "".join(_li_news(s) for s in unit_stories("pgd")[:3])
        boxes.append(
            _hop(
                "Tin Phòng GD&amp;ĐT",
                f'<ul class="ds-tin">{office}</ul><a href="{b}/tin-phong-gd">Xem thêm »</a>',
                "tinphong",
            )
        )
    others = [s for s in ALL_STORIES if s.opts["unit"] not in (u.key, "pgd")]
    others.sort(key=listed_date, reverse=True)
    boxes.append(
        _hop(
            "Tin các trường",
            '<ul class="ds-tin">' + "".join(_li_news(s) for s in others[:3]) + "</ul>",
            "tintruong",
        )
    )
    boxes.append(
        _hop(
            "Thăm dò ý kiến",
            f'<form method="post" action="{b}/binh-chon"><p>Bạn đánh giá thế nào về website của'
            ' nhà trường?</p><input type="hidden" name="id" value="3" />'
            '<label><input type="radio" name="chon" value="1" /> Rất hữu ích</label><br />'
            '<label><input type="radio" name="chon" value="2" /> Hữu ích</label><br />'
            '<label><input type="radio" name="chon" value="3" /> Cần cải thiện</label><br />'
            '<button type="submit">Bình chọn</button> '
            f'<a href="{b}/binh-chon?xem=ket-qua">Xem kết quả</a></form>',
            "thamdo",
        )
    )
    boxes.append(
        _hop(
            "Liên kết website",
            '<select onchange="if(this.value) window.open(this.value)">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://sgd.quangtri.gov.vn">Sở GD&amp;ĐT Quảng Trị</option>'
            '<option value="https://hailang.quangtri.gov.vn">UBND huyện Hải Lăng</option>'
            '<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>'
            "</select>",
        )
    )
    seed = u.uid % 97
    boxes.append(
        _hop(
            "Thống kê truy cập",
            f'<ul class="thongke"><li>Đang truy cập: <b>{3 + seed % 9}</b></li>'
            f"<li>Hôm nay: <b>{120 + seed * 3}</b></li>"
            f"<li>Tháng này: <b>{4200 + seed * 31}</b></li>"
            f"<li>Tổng lượt truy cập: <b>{150000 + seed * 977}</b></li></ul>",
            "thongke",
        )
    )
    return '<div class="es-cotphai">' + "".join(boxes) + "</div>"


def _crumbs(u: Unit, *items: tuple[str, str | None]) -> str:
    parts = [f'<a href="/{u.key}/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def _page(
    u: Unit,
    title: str,
    main: str,
    crumbs: str = "",
    head: str = "",
) -> str:
    login = f'<a class="es-dangnhap" href="/{u.key}/dang-nhap" rel="nofollow">Đăng nhập</a>'
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{esc(title)} - {esc(u.name)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        '<meta name="generator" content="eSchool 3.2 - Phòng GD&amp;ĐT Hải Lăng" />\n'
        '<link rel="stylesheet" href="/giaodien/eschool/css/chung.css?v=3.2" />\n'
        '<link rel="shortcut icon" href="/giaodien/eschool/favicon.ico" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(u.name)}"'
        f' href="/{u.key}/rss.xml" />\n'
        f"{head}"
        '<script src="/giaodien/eschool/js/jquery.min.js"></script>\n'
        "</head>\n"
        f'<body class="es-donvi-{u.key}">\n'
        f"{_topbar(login)}\n"
        f'<div id="es-banner"><a href="/{u.key}/"><img src="/upload/{u.uid}/banner.jpg"'
        f' alt="{esc(u.name)}" /></a><div class="es-tendonvi">'
        f'<span class="capquanly">{"UBND HUYỆN HẢI LĂNG" if u.key == "pgd" else "PHÒNG GD&amp;ĐT HẢI LĂNG"}</span>'
        f"<strong>{esc(u.name.upper())}</strong></div></div>\n"
        f"{_menu(u)}\n"
        '<div class="es-wrap es-khung">\n'
        f'<div class="es-cottrai">{crumbs}{main}</div>\n'
        f"{_sidebar(u)}\n"
        "</div>\n"
        '<div id="es-footer"><div class="es-wrap">'
        f"<p><strong>{esc(u.name.upper())}</strong></p>"
        f"<p>Địa chỉ: {esc(u.address)}</p>"
        f"<p>Điện thoại: {u.phone} - Email: {u.email}</p>"
        f"<p>Chịu trách nhiệm nội dung: {esc(u.head)}</p>"
        f'<p class="banquyen">Hệ thống website trường học do {esc(OFFICE)} quản lý, vận hành.'
        " Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>"
        '<a href="#" class="ve-dau-trang">Về đầu trang</a>'
        "</div></div>\n"
        "</body>\n</html>\n"
    )


# --- article --------------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _block_html(s: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            rows.clear()

    items: list[str] = []

    def flush_list() -> None:
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    for block in s.blocks:
        if isinstance(block, P) and block.style in ("th", "tr"):
            flush_list()
            tag = "td"
            cells = "".join(
                f"<{tag}>{'<strong>' if block.style == 'th' else ''}{_t(s, c)}"
                f"{'</strong>' if block.style == 'th' else ''}</{tag}>"
                for c in block.text.split(" | ")
            )
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(block, P) and block.style == "li":
            items.append(f"<li>{_t(s, block.text)}</li>")
            continue
        flush_list()
        if isinstance(block, P):
            out.append(f'<p style="text-align: justify;">{_t(s, block.text)}</p>')
        elif isinstance(block, Img):
            src = esc(block.src)
            line = _t(s, block.printed) if block.printed else ""
            if block.style == "fig":
                out.append(
                    f'<figure class="image"><img alt="" src="{src}" width="640" />'
                    f"<figcaption>{line}</figcaption></figure>"
                )
            elif block.style == "bang":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0"'
                    ' class="anh-chu-thich" style="width: 640px;"><tbody>'
                    f'<tr><td><img alt="" src="{src}" style="width: 640px;" /></td></tr>'
                    f'<tr><td style="text-align: center;"><em>{line}</em></td></tr>'
                    "</tbody></table>"
                )
            else:
                out.append(
                    f'<p style="text-align: center;"><img alt="" src="{src}" width="640" /></p>'
                )
                if line:
                    out.append(f'<p style="text-align: center;"><em>{line}</em></p>')
        elif isinstance(block, Raw):
            out.append(block.html)
    flush()
    flush_list()
    return "\n".join(out)


def _dateline(s: Story) -> str:
    style = s.opts.get("dateline", "std")
    when: datetime | None = s.opts.get("when")
    if style == "none" or when is None:
        return ""
    if style == "iso":
        return f'<span class="ngaydang">Ngày đăng: {when:%Y-%m-%d}</span>'
    return f'<span class="ngaydang">Cập nhật lúc {when:%H:%M} ngày {when:%d/%m/%Y}</span>'


def _article(s: Story, base: str) -> str:
    u = UNITS[s.opts["unit"]]
    b = f"/{u.key}"
    path = story_path(s)
    title = _t(s, s.title) if s.opts.get("nfd") else esc(s.title)
    sapo = (
        f'<div class="tomtat"><strong>{_t(s, s.summary)}</strong></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    author = (
        f'<div class="tacgia-bai">Tác giả: <b>{esc(s.opts["author_field"])}</b></div>'
        if s.opts.get("author_field")
        else ""
    )
    attach = ""
    if s.opts.get("file"):
        href, shown = s.opts["file"]
        attach = (
            '<div class="tep-dinhkem"><span>Tệp đính kèm:</span> '
            f'<a href="{href}" target="_blank"><img src="/giaodien/eschool/img/pdf.gif" alt="" />'
            f" {esc(shown)}</a> (312 KB)</div>"
        )
    others = [o for o in unit_stories(u.key, s.cat) if o.id != s.id][:5]
    other_html = "".join(_li_news(o) for o in others) or "<li>Không có dữ liệu</li>"
    share = quote(base + path, safe="")
    main = (
        f'<div class="baiviet" id="bai-{s.id}">'
        f'<h1 class="tieude-chitiet">{title}</h1>'
        f'<div class="thongtin-bai">{_dateline(s)}'
        f' <span class="luotxem">Lượt xem: {s.views()}</span>'
        f' <span class="nguoidang">Người đăng: {esc(s.opts["user"])}</span></div>'
        '<div class="congcu">'
        f'<a href="{b}/in-bai/{s.id}.html" target="_blank" rel="nofollow">In bài</a> | '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={share}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ</a> | '
        f'<a href="https://zalo.me/share?u={share}" target="_blank">Zalo</a>'
        ' <span class="cochu"><a href="javascript:doiCoChu(-1)">A-</a>'
        ' <a href="javascript:doiCoChu(1)">A+</a></span></div>'
        f"{sapo}"
        f'<div class="noidung-chitiet" id="noidung">\n{_block_html(s)}\n</div><!-- /noidung -->'
        f"{author}{attach}"
        f'<div class="tinkhac"><h3>Các tin khác</h3><ul>{other_html}</ul></div>'
        '<div class="ykien"><h3>Ý kiến bạn đọc</h3>'
        f'<form method="post" action="{b}/gop-y"><input type="hidden" name="bai" value="{s.id}" />'
        '<input type="text" name="hoten" placeholder="Họ và tên" />'
        '<input type="text" name="email" placeholder="Email" />'
        '<textarea name="noidung" placeholder="Nội dung ý kiến"></textarea>'
        '<button type="submit">Gửi ý kiến</button></form></div>'
        "</div>"
    )
    head = (
        f'<link rel="canonical" href="{base}{path}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
    )
    crumbs = _crumbs(u, (CATS[s.cat], f"{b}/{s.cat}/"))
    return _page(u, s.title, main, crumbs, head)


def _print(s: Story) -> str:
    when = s.opts.get("when")
    line = f"<p>Ngày đăng: {when:%d/%m/%Y}</p>" if when else ""
    sapo = f"<p><b>{esc(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />'
        f"<title>In bài: {esc(s.title)}</title>"
        '<meta name="robots" content="noindex, nofollow" /></head>'
        '<body onload="window.print()" class="in-bai">'
        f"<p>{esc(UNITS[s.opts['unit']].name)}</p><h2>{esc(s.title)}</h2>{line}{sapo}"
        f"{_block_html(s)}</body></html>"
    )


def _soft404(u: Unit) -> str:
    main = (
        '<div class="thongbao-loi"><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
        f'<p><a href="/{u.key}/">Quay lại trang chủ</a></p></div>'
    )
    return _page(u, "Thông báo", main, _crumbs(u, ("Thông báo", None)))


# --- listings and other pages -----------------------------------------------------------------


def _pager(current: int, total: int, href) -> str:
    if total <= 1:
        return ""
    parts = []
    if current > 1:
        parts.append(f'<a href="{href(1)}">Đầu</a>')
        parts.append(f'<a href="{href(current - 1)}">« Trước</a>')
    for n in range(1, total + 1):
        parts.append(
            f'<span class="hientai">{n}</span>' if n == current else f'<a href="{href(n)}">{n}</a>'
        )
    if current < total:
        parts.append(f'<a href="{href(current + 1)}">Sau »</a>')
        parts.append(f'<a href="{href(total)}">Cuối</a>')
    return '<div class="phantrang">' + " ".join(parts) + "</div>"


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    short = " ".join(words[:30]) + (" ..." if len(words) > 30 else "")
    img = next((i for i in s.images), None)
    thumb = (
        f'<a href="{story_path(s)}"><img class="anh-nho" src="{esc(img.src)}" alt="" /></a>'
        if img
        else ""
    )
    return (
        f'<div class="tin-item">{thumb}<h3><a href="{story_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="ngay">{_d(listed_date(s))}</span><p>{esc(short)}</p></div>'
    )


def _page_no(params: dict[str, str]) -> int:
    raw = params.get("trang", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _category(u: Unit, cat: str, page: int) -> str:
    items = unit_stories(u.key, cat)
    total = max(1, -(-len(items) // PER_PAGE))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    inner = (
        "".join(_teaser(s) for s in chunk) or '<p class="rong">Chưa có bài viết trong mục này.</p>'
    )
    main = (
        f'<div class="danhmuc"><h2 class="tieude-muc">{esc(CATS[cat])}</h2>{inner}'
        f"{_pager(page, total, lambda n: f'?trang={n}')}</div>"
    )
    return _page(u, CATS[cat], main, _crumbs(u, (CATS[cat], None)))


def _home(u: Unit) -> str:
    own = unit_stories(u.key)
    slider = "".join(
        f'<div class="slide"><a href="{legacy_path(s).replace("&", "&amp;")}">'
        f'<img src="{esc(s.images[0].src) if s.images else f"/upload/{u.uid}/macdinh.jpg"}" alt="" />'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in own[:3]
    )
    blocks = []
    for cat in ("tin-tuc-su-kien", "thong-bao"):
        items = unit_stories(u.key, cat)[:3]
        if not items:
            continue
        blocks.append(
            f'<div class="khoi-trangchu"><h2><a href="/{u.key}/{cat}/">{esc(CATS[cat])}</a></h2>'
            + "".join(_teaser(s) for s in items)
            + f'<a class="xemtatca" href="/{u.key}/{cat}/">Xem tất cả »</a></div>'
        )
    main = f'<div class="tinnoibat">{slider}</div>' + "".join(blocks)
    return _page(u, "Trang chủ", main)


def _shared_news(u: Unit) -> str:
    items = "".join(_teaser(s) for s in unit_stories("pgd"))
    main = (
        '<div class="danhmuc"><h2 class="tieude-muc">Tin Phòng GD&amp;ĐT</h2>'
        f'<p class="ghichu">Tin bài do {esc(OFFICE)} đăng tải, hiển thị chung cho các đơn vị.</p>'
        f"{items}</div>"
    )
    return _page(u, "Tin Phòng GD&ĐT", main, _crumbs(u, ("Tin Phòng GD&ĐT", None)))


_STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường THCS Hải Thượng được thành lập năm 1976, đóng tại thôn Tân Điền, xã Hải"
            " Thượng. Năm học 2024 - 2025 nhà trường có 14 lớp với 526 học sinh.",
            "Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2019 và đạt kiểm định chất lượng giáo dục"
            " cấp độ 2.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban giám hiệu: Hiệu trưởng Phan Đức Thịnh; Phó Hiệu trưởng Nguyễn Thị Lan Anh.",
            "Các tổ chuyên môn: Tổ Toán - Tin; Tổ Khoa học tự nhiên; Tổ Ngữ văn - Lịch sử - GDCD;"
            " Tổ Ngoại ngữ - Nghệ thuật - Thể dục; Tổ Văn phòng.",
        ],
    ),
}


def _static(u: Unit, key: str) -> str:
    title, paras = _STATIC_PAGES[key]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="trang-tinh"><h2 class="tieude-muc">{esc(title)}</h2>{body}</div>'
    return _page(u, title, main, _crumbs(u, (title, None)))


def _contact(u: Unit) -> str:
    main = (
        '<div class="lienhe"><h2 class="tieude-muc">Liên hệ</h2>'
        f"<p>{esc(u.name)}</p><p>Địa chỉ: {esc(u.address)}</p><p>Điện thoại: {u.phone}</p>"
        f'<form method="post" action="/{u.key}/lien-he"><input name="hoten" placeholder="Họ tên" />'
        '<input name="email" placeholder="Email" /><input name="tieude" placeholder="Tiêu đề" />'
        '<textarea name="noidung"></textarea><button type="submit">Gửi liên hệ</button></form></div>'
    )
    return _page(u, "Liên hệ", main, _crumbs(u, ("Liên hệ", None)))


def _login(u: Unit) -> str:
    main = (
        '<div class="dangnhap"><h2 class="tieude-muc">Đăng nhập hệ thống</h2>'
        f'<form method="post" action="/{u.key}/dang-nhap"><label>Tên đăng nhập</label>'
        '<input name="taikhoan" /><label>Mật khẩu</label><input type="password" name="matkhau" />'
        '<button type="submit">Đăng nhập</button></form></div>'
    )
    return _page(u, "Đăng nhập", main, _crumbs(u, ("Đăng nhập", None)))


def _poll(u: Unit) -> str:
    main = (
        '<div class="ketqua-binhchon"><h2 class="tieude-muc">Kết quả bình chọn</h2>'
        "<p>Bạn đánh giá thế nào về website của nhà trường?</p><ul>"
        "<li>Rất hữu ích: 142 phiếu (61%)</li><li>Hữu ích: 75 phiếu (32%)</li>"
        "<li>Cần cải thiện: 16 phiếu (7%)</li></ul></div>"
    )
    return _page(u, "Kết quả bình chọn", main, _crumbs(u, ("Thăm dò ý kiến", None)))


def _search(u: Unit, words: str) -> str:
    found = []
    if words.strip():
        needle = words.strip().lower()
        found = [s for s in unit_stories(u.key) if needle in s.title.lower()]
    results = "".join(_li_news(s) for s in found)
    note = f"<p>Tìm thấy {len(found)} kết quả cho “{esc(words)}”.</p>" if words.strip() else ""
    main = (
        '<div class="timkiem"><h2 class="tieude-muc">Tìm kiếm</h2>'
        f'<form action="/{u.key}/tim-kiem" method="get"><input name="tu-khoa" value="{esc(words)}" />'
        '<select name="muc"><option value="">Tất cả chuyên mục</option>'
        + "".join(f'<option value="{k}">{esc(v)}</option>' for k, v in CATS.items())
        + f'</select><button type="submit">Tìm kiếm</button></form>{note}<ul class="ds-tin">{results}</ul></div>'
    )
    return _page(u, "Tìm kiếm", main, _crumbs(u, ("Tìm kiếm", None)))


def _gallery(u: Unit, album: int | None) -> str:
    if album is None:
        inner = "".join(
            f'<div class="album"><a href="/{u.key}/thu-vien-anh/album-{aid}">'
            f'<img src="/upload/{u.uid}/album/{pics[0]}" alt="" /><span>{esc(name)}</span></a></div>'
            for aid, (name, pics) in ALBUMS.items()
        )
        main = f'<div class="thuvien"><h2 class="tieude-muc">Thư viện ảnh</h2>{inner}</div>'
        return _page(u, "Thư viện ảnh", main, _crumbs(u, ("Thư viện ảnh", None)))
    name, pics = ALBUMS[album]
    inner = "".join(
        f'<a class="anh" href="/upload/{u.uid}/album/{p}"><img src="/upload/{u.uid}/album/{p}" alt="" /></a>'
        for p in pics
    )
    main = f'<div class="thuvien"><h2 class="tieude-muc">{esc(name)}</h2>{inner}</div>'
    return _page(
        u, name, main, _crumbs(u, ("Thư viện ảnh", f"/{u.key}/thu-vien-anh"), (name, None))
    )


def docs_query(params: dict[str, str], **change: str | None) -> str:
    """The register's link builder: the current filters merged with one change (fixed key order)."""
    merged = {k: params[k] for k in ("loai", "nam", "sx", "trang") if params.get(k)}
    for key, value in change.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if "trang" in merged and "trang" not in change:
        merged.pop("trang")
    return "?" + urlencode(merged) if merged else "?"


def filter_docs(params: dict[str, str]) -> list[Doc]:
    docs = [
        d
        for d in DOCS
        if (not params.get("loai") or d.loai == params["loai"])
        and (not params.get("nam") or str(d.day.year) == params["nam"])
    ]
    order = params.get("sx", "moi")
    keys = {
        "moi": (lambda d: d.day, True),
        "cu": (lambda d: d.day, False),
        "so": (lambda d: d.number, False),
        "ten": (lambda d: d.abstract, False),
    }
    key, rev = keys.get(order, keys["moi"])
    return sorted(docs, key=key, reverse=rev)


def _documents(u: Unit, params: dict[str, str]) -> str | None:
    if params.get("loai") and params["loai"] not in LOAI:
        return None
    if params.get("nam") and params["nam"] not in {str(y) for y in NAM}:
        return None
    docs = filter_docs(params) if u.key == SCHOOL.key else []
    page = _page_no(params)
    total = max(1, -(-len(docs) // DOCS_PER_PAGE))
    chunk = docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = (
        "".join(
            f"<tr><td>{esc(d.number)}</td><td>{_d(d.day)}</td><td>{LOAI[d.loai]}</td>"
            f'<td><a href="/upload/{u.uid}/vanban/{d.file}">{esc(d.abstract)}</a></td></tr>'
            for d in chunk
        )
        or '<tr><td colspan="4">Không có dữ liệu</td></tr>'
    )

    def link(label: str, **change: str | None) -> str:
        return f'<a href="{esc(docs_query(params, **change))}">{esc(label)}</a>'

    filters = (
        '<div class="loc-vanban"><span>Loại văn bản:</span> '
        + link("Tất cả", loai=None)
        + " "
        + " ".join(link(v, loai=k) for k, v in LOAI.items())
        + "<br /><span>Năm ban hành:</span> "
        + link("Tất cả", nam=None)
        + " "
        + " ".join(link(str(y), nam=str(y)) for y in NAM)
        + "<br /><span>Sắp xếp:</span> "
        + " ".join(link(v, sx=k) for k, v in SX.items())
        + "</div>"
    )
    pager = _pager(page, total, lambda n: esc(docs_query(params, trang=str(n))))
    main = (
        '<div class="vanban"><h2 class="tieude-muc">Văn bản</h2>'
        f"{filters}"
        '<table class="bang-vanban"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
        f"<th>Loại</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>{pager}</div>"
    )
    return _page(u, "Văn bản", main, _crumbs(u, ("Văn bản", None)))


_WEEKDAY = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _calendar(u: Unit, monday: date) -> str:
    rows = []
    for i in range(7):
        day = monday + timedelta(days=i)
        work = ""
        if i == 0:
            work = "07h00: Chào cờ, sinh hoạt dưới cờ toàn trường"
        elif i == 5 and day.day <= 7:
            work = "14h00: Họp Hội đồng sư phạm định kỳ"
        rows.append(f"<tr><td>{_WEEKDAY[i]}<br />{_d(day)}</td><td>{work}</td></tr>")
    prev_w, next_w = monday - timedelta(days=7), monday + timedelta(days=7)
    b = f"/{u.key}/lich-cong-tac"
    nav = (
        '<div class="dieuhuong-tuan">'
        + (
            f'<a href="{b}?tuan={prev_w.isoformat()}">« Tuần trước</a> '
            if prev_w.year >= 1900
            else ""
        )
        + f'<a href="{b}">Tuần này</a>'
        + (
            f' <a href="{b}?tuan={next_w.isoformat()}">Tuần sau »</a>'
            if next_w.year <= 2999
            else ""
        )
        + "</div>"
    )
    main = (
        f'<div class="lichtuan"><h2 class="tieude-muc">Lịch công tác tuần từ {_d(monday)}'
        f" đến {_d(monday + timedelta(days=6))}</h2>{nav}"
        f'<table class="bang-lich"><tbody>{"".join(rows)}</tbody></table></div>'
    )
    return _page(u, "Lịch công tác", main, _crumbs(u, ("Lịch công tác", None)))


def _rss(u: Unit, base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{story_path(s)}</link>"
        f"<pubDate>{listed_date(s):%d/%m/%Y}</pubDate></item>"
        for s in unit_stories(u.key)[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(u.name)}</title><link>{base}/{u.key}/</link>"
        f"<description>Tin mới - {esc(u.name)}</description>{items}</channel></rss>"
    )


def _root() -> str:
    units = "".join(f'<li><a href="/{u.key}/">{esc(u.name)}</a></li>' for u in UNITS.values())
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />'
        f"<title>{esc(HOST_NAME)}</title></head><body>{_topbar()}"
        f'<div class="es-wrap"><h1>{esc(HOST_NAME)}</h1><p>Danh sách đơn vị:</p>'
        f'<ul class="ds-donvi">{units}</ul></div></body></html>'
    )


_ROBOTS = "User-agent: *\nDisallow: /*/in-bai/\nDisallow: /*/tim-kiem\n"
_ARTICLE = re.compile(r"/([a-z-]+)/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html")


class MultiSchoolHost:
    """The whole host: every unit rendered per request from the constant data above."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.startswith("/upload/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/giaodien/"):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/":
            return html(_root())
        parts = path.strip("/").split("/")
        unit = UNITS.get(parts[0])
        if unit is None:
            return None
        if path == f"/{unit.key}":
            return redirect(f"/{unit.key}/", 301)
        rest = path[len(unit.key) + 2 :]
        if rest == "":
            return html(_home(unit))
        if rest == "index.php":
            if params.get("mod") == "tintuc" and params.get("act") == "chitiet":
                raw_id = params.get("id", "")
                s = _BY_UNIT_ID.get((unit.key, int(raw_id))) if raw_id.isdigit() else None
                return html(_article(s, base) if s else _soft404(unit))
            return html(_home(unit))
        if rest.rstrip("/") in CATS and rest.endswith("/"):
            return html(_category(unit, rest[:-1], _page_no(params)))
        if rest in CATS:
            return redirect(f"/{unit.key}/{rest}/", 301)
        if m := _ARTICLE.fullmatch(path):
            if m.group(2) not in CATS:
                return None
            s = _BY_UNIT_ID.get((unit.key, int(m.group(4))))
            if s and story_path(s) == path:
                return html(_article(s, base))
            return html(_soft404(unit))
        if m := re.fullmatch(r"in-bai/(\d+)\.html", rest):
            s = _BY_UNIT_ID.get((unit.key, int(m.group(1))))
            return html(_print(s)) if s else None
        if rest == "rss.xml":
            return Response(
                200, _rss(unit, base), {"Content-Type": "application/rss+xml; charset=utf-8"}
            )
        if rest == "tin-phong-gd" and unit.key != "pgd":
            return html(_shared_news(unit))
        if rest in _STATIC_PAGES:
            return html(_static(unit, rest))
        if rest == "lien-he":
            return html(_contact(unit))
        if rest == "dang-nhap":
            return html(_login(unit))
        if rest == "binh-chon":
            return html(_poll(unit))
        if rest == "tim-kiem":
            return html(_search(unit, params.get("tu-khoa", "")))
        if rest == "thu-vien-anh":
            return html(_gallery(unit, None))
        if m := re.fullmatch(r"thu-vien-anh/album-(\d+)", rest):
            return html(_gallery(unit, int(m.group(1)))) if int(m.group(1)) in ALBUMS else None
        if rest == "van-ban":
            page = _documents(unit, params)
            return html(page) if page else None
        if rest == "lich-cong-tac":
            raw = params.get("tuan")
            if raw is None:
                return html(_calendar(unit, THIS_MONDAY))
            try:
                day = date.fromisoformat(raw)
            except ValueError:
                return None
            if not 1900 <= day.year <= 2999:
                return None
            return html(_calendar(unit, day - timedelta(days=day.weekday())))
        return None


def build_site() -> MultiSchoolHost:
    return MultiSchoolHost()


# --- gold -----------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(s, story_path(s), CATS[s.cat], alt_paths=[legacy_path(s)]) for s in STORIES
]

_OTHER = {s.id: story_path(s) for s in OTHER_STORIES}
NON_ARTICLES: list[str] = [
    "/thcs-hai-thuong/",
    "/thcs-hai-thuong/tin-tuc-su-kien/",
    "/thcs-hai-thuong/tin-tuc-su-kien/?trang=2",
    "/thcs-hai-thuong/thong-bao/",
    "/thcs-hai-thuong/chuyen-mon/",
    "/thcs-hai-thuong/doan-doi/",
    "/thcs-hai-thuong/tin-phong-gd",
    "/thcs-hai-thuong/gioi-thieu",
    "/thcs-hai-thuong/co-cau-to-chuc",
    "/thcs-hai-thuong/lien-he",
    "/thcs-hai-thuong/dang-nhap",
    "/thcs-hai-thuong/tim-kiem",
    "/thcs-hai-thuong/binh-chon?xem=ket-qua",
    "/thcs-hai-thuong/thu-vien-anh",
    "/thcs-hai-thuong/thu-vien-anh/album-21",
    "/thcs-hai-thuong/van-ban",
    "/thcs-hai-thuong/van-ban?loai=kh",
    "/thcs-hai-thuong/van-ban?sx=cu",
    "/thcs-hai-thuong/lich-cong-tac",
    "/thcs-hai-thuong/lich-cong-tac?tuan=2026-11-30",
    # print view of an article (noindex)
    "/thcs-hai-thuong/in-bai/1352.html",
    # soft 404: a deleted notice still linked from the "Tin xem nhiều" cache
    f"/thcs-hai-thuong/{DELETED[0]}/{DELETED[1]}.html",
    # other portals on the same host: the district office and the neighbour schools
    "/",
    "/pgd/",
    _OTHER[905],
    _OTHER[912],
    "/th-hai-thuong/",
    _OTHER[2210],
    "/mn-hai-thuong/",
    _OTHER[3107],
]
