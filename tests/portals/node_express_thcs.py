"""Fixture portal: a lower-secondary school's home-made site in Node.js (Express + EJS + MongoDB).

The imitated site: Trường THCS Lê Quý Đôn (Quảng Ngãi) had its site written by a young IT teacher
as an Express app with EJS templates over MongoDB, Bootstrap 5 from a CDN, and the Quill editor
in the admin. What that gives, and what this fixture serves:

- Posts at ``/bai-viet/<ObjectId>`` (24 hex digits; the first eight are the creation time, as
  Mongo makes them). A ``slug`` field was added on 20-10-2026: older posts have only the id URL,
  newer ones answer at ``/bai-viet/<slug>`` *and* at their id URL. Listings, cards, "Tin khác" and
  the JSON link the slug when there is one; the "Bảng tin" sidebar was never updated and links
  every post by id. New posts print ``<link rel="canonical">`` to the slug URL (on both URLs); old
  posts print no canonical at all.
- The post page: breadcrumb, ``h1``, a meta line ``16-11-2026 07:45 | 312 lượt xem | Đăng bởi:
  admin`` whose date span carries Mongo's UTC ISO stamp in ``data-ngay`` (``…T00:45:00.000Z``),
  the summary (``tomTat``) as a bold lead paragraph *outside* the content when the post has one,
  then the Quill HTML as stored: ``<p class="ql-align-justify">``, ``<h2>``, lists written as
  ``<ol>`` with ``<li data-list="bullet">`` or ``data-list="ordered"`` and an empty
  ``span.ql-ui`` (Quill 2 writes ``ol`` for both), ``<p><br></p>`` spacers, images as
  ``<p><img src="/uploads/…" width="100%"></p>`` with the caption in the next paragraph
  (``<p class="ql-align-center"><em>…</em></p>``), bylines right-aligned with the
  ``ql-align-right`` class. Then tags (links to the search page), share buttons and a print
  button (``window.print()``, no print URL), "Tin khác" (four newest others of the category, with
  dates) and the sidebar: "Bảng tin" (five newest, dates), a weather card filled by a script
  (empty in the HTML), a link dropdown and a banner. Header: today's date (TODAY), the school
  banner, navbar with a search box and "Đăng nhập"; footer: address, hotline, email,
  "Lượt truy cập: 9.876" and "Đang online: 7".
- Listings: ``/chuyen-muc/<slug>?trang=N``, three posts a page, pager "Trước 1 2 3 Sau". The
  home page shows the six newest posts and a "Xem thêm" button whose ``data-url`` (not an href)
  is ``/api/bai-viet?trang=2``: JSON of six posts a page (``_id``, ``slug``, ``tieuDe`` …).
- Non-articles: ``/gioi-thieu``, ``/lien-he`` (form and map), ``/ban-giam-hieu`` (three cards:
  photo, name, position), ``/thoi-khoa-bieu`` (a table), ``/tai-lieu`` (a file list of PDFs under
  ``/uploads/tai-lieu/``), ``/dang-nhap``, ``/tim-kiem?tu-khoa=…`` (tag links), the JSON page.

Traps: (1) the pager's "Sau" is always a link to ``trang=N+1``, and a page past the end answers
200 with the chrome and "Không có bài viết nào trong chuyên mục này." plus the same pager: an
endless chain (the JSON past its end likewise answers ``baiViet: []``). (2) The same post under
its id URL and its slug URL, both linked (canonical only on new posts; ``alt_paths`` in the gold
name the id URL). (3) Unknown paths get Express's own ``Cannot GET /abc`` page with status 404;
an unknown post id/slug gets the site's 404 page ("Bài viết không tồn tại"). Every answer says
``X-Powered-By: Express`` and sets a ``connect.sid`` cookie. UTF-8, NFC throughout.

Gold judgement calls:
- body = the summary (printed outside the content, bold) then the content's paragraphs,
  headings and list items in order; ``<p><br></p>`` spacers add nothing; captions and byline
  lines are not body.
- A centred italic line that follows no image (the slogan of the art show) is body text, not a
  caption.
- Caption = the centred ``<em>`` paragraph right after an image, as printed, without the
  parentheses that wrap a whole caption (as every other fixture: harmonised after the blind crawl);
  an image followed by an ordinary paragraph has no caption. A caption ending "Ảnh: Lê Văn Tâm"
  also makes him a photographer.
- Bylines: "Người viết: X" gives authors [X]; "Tin, ảnh: X" gives authors and photographers; a
  right-aligned bare "Tổ Sử - Địa" (the subject group that wrote the piece) is kept as the author,
  as printed; "Nguồn: X" gives source X. "Đăng bởi: admin" in the meta line is the account that
  posted, not a credit: nobody.
- published_at = the meta line's local time (+07:00), which equals the UTC stamp in data-ngay.
- The canonical of a slugged post is its slug URL; its id URL is an alternative (alt_paths).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "node_express_thcs"
PLATFORM = "express"
START_PATH = "/"

SITE = "Trường THCS Lê Quý Đôn"
ADDRESS = "Số 12 đường Phan Đình Phùng, phường Trần Phú, tỉnh Quảng Ngãi"
HOTLINE = "0255 3 822 417"
EMAIL = "thcslequydon@quangngai.edu.vn"
PER_PAGE = 3
HOME_SIZE = 6
API_SIZE = 6
_LOCAL = timezone(timedelta(hours=7))
#: the day the ``slug`` field was added to the Mongoose schema
SLUG_SINCE = "2026-10-20"

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

_UP = "/uploads"


# Block styles: P "" = <p class="ql-align-justify">, "plain" = <p>, "h2", "bullet"/"ordered" (list
# items, consecutive ones share one <ol>), "label" (text up to the first ':' in <strong>),
# "slogan" (<p class="ql-align-center"><em>, no image before it). Img: the printed line goes in
# the next <p class="ql-align-center"><em>. Raw: bylines and spacers as stored.
_GAP = Raw("<p><br></p>")

STORIES: list[Story] = [
    Story(
        id=12,
        slug="soi-noi-hoi-dien-van-nghe-chao-mung-44-nam-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội diễn văn nghệ chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-21T09:15:00+07:00",
        summary=(
            "Chiều 19/11/2026, Liên đội Trường THCS Lê Quý Đôn tổ chức Hội diễn văn nghệ chào mừng"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham gia của 28 chi đội."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội diễn là hoạt động thường niên nhằm tri ân các thầy cô giáo, đồng thời tạo sân chơi"
                " lành mạnh, bổ ích để học sinh thể hiện năng khiếu và tình cảm của mình đối với mái"
                " trường."
            ),
            P("“Mỗi ngày đến trường là một ngày vui”", "slogan"),
            P(
                "Với chủ đề trên, các chi đội mang đến hội diễn nhiều tiết mục đặc sắc: hát múa, tốp"
                " ca, kịch ngắn, nhảy hiện đại và dân ca Bài chòi. Nhiều tiết mục được các em tự dàn"
                " dựng, phối khí và may trang phục trong nhiều tuần liền."
            ),
            Img(
                f"{_UP}/1794980100214-hoi-dien-1.jpg",
                "Tiết mục múa “Cô giáo em” của chi đội 7A2",
                "Tiết mục múa “Cô giáo em” của chi đội 7A2",
            ),
            _GAP,
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 9A1, giải Nhì cho các chi đội 8A3 và"
                " 7A2, giải Ba cho các chi đội 6A4, 8A1 và 9A5; nhiều tiết mục nhận giải khuyến khích."
            ),
            Img(
                f"{_UP}/1794980100377-hoi-dien-2.jpg",
                "(Cô Hiệu trưởng Nguyễn Thị Bích Thủy trao giải Nhất cho chi đội 9A1)",
                "Cô Hiệu trưởng Nguyễn Thị Bích Thủy trao giải Nhất cho chi đội 9A1",
            ),
            Img(f"{_UP}/1794980100502-hoi-dien-3.jpg"),
            Raw('<p class="ql-align-right"><strong>Tin, ảnh: Phạm Thị Thu Hà</strong></p>'),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={"tags": ["20/11", "Liên đội"]},
    ),
    Story(
        id=11,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kì I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-20T17:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra giữa học kì I"
                " các môn có bài kiểm tra tập trung như sau:"
            ),
            P("Thứ Hai, ngày 30/11/2026: Ngữ văn (khối 6, 7) và Toán (khối 8, 9).", "ordered"),
            P("Thứ Ba, ngày 01/12/2026: Toán (khối 6, 7) và Ngữ văn (khối 8, 9).", "ordered"),
            P("Thứ Tư, ngày 02/12/2026: Tiếng Anh (cả 4 khối).", "ordered"),
            P("Lưu ý:", "plain"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút.", "bullet"),
            P("Mang theo thẻ học sinh, không mang điện thoại vào phòng kiểm tra.", "bullet"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh qua nhóm"
                " Zalo của lớp."
            ),
        ],
        opts={"tags": ["Kiểm tra"]},
    ),
    Story(
        id=10,
        slug="chuyen-de-day-hoc-lich-su-va-dia-li-theo-huong-phat-trien-nang-luc",
        title="Chuyên đề dạy học môn Lịch sử và Địa lí theo hướng phát triển năng lực học sinh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T16:00:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn học kì I, sáng 17/11/2026, Tổ Sử - Địa tổ"
                " chức chuyên đề “Dạy học môn Lịch sử và Địa lí lớp 8 theo hướng phát triển năng lực"
                " học sinh” tại lớp 8A1."
            ),
            P("Nội dung chuyên đề", "h2"),
            P("Sử dụng bản đồ, lược đồ số trong tìm hiểu kiến thức mới.", "bullet"),
            P("Tổ chức hoạt động nhóm với phiếu học tập theo kĩ thuật mảnh ghép.", "bullet"),
            P("Đánh giá thường xuyên bằng bảng kiểm và phiếu tự đánh giá.", "bullet"),
            Img(
                f"{_UP}/1794812400931-chuyen-de-su-dia.jpg",
                "Cô Đặng Thị Mai Anh hướng dẫn học sinh làm việc nhóm",
                "Cô Đặng Thị Mai Anh hướng dẫn học sinh làm việc nhóm",
            ),
            P("Đánh giá, rút kinh nghiệm", "h2"),
            P(
                "Sau tiết dạy, các giáo viên dự giờ đánh giá cao cách tổ chức lớp học linh hoạt, học"
                " sinh tích cực trao đổi và tự tin trình bày. Tổ chuyên môn thống nhất nhân rộng cách"
                " làm trong các tiết dạy của học kì II."
            ),
            Raw('<p class="ql-align-right"><em>Tổ Sử - Địa</em></p>'),
        ],
        authors=["Tổ Sử - Địa"],
        opts={"tags": ["Chuyên đề", "Lịch sử và Địa lí"]},
    ),
    Story(
        id=9,
        slug="hoc-sinh-dat-12-giai-tai-hoi-thi-tin-hoc-tre-cap-tinh",
        title="Học sinh Trường THCS Lê Quý Đôn đạt 12 giải tại Hội thi Tin học trẻ cấp tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-16T07:45:00+07:00",
        blocks=[
            P(
                "Hội thi Tin học trẻ tỉnh Quảng Ngãi lần thứ XXVII năm 2026 diễn ra từ ngày 12 đến"
                " 14/11/2026 tại Trường Đại học Phạm Văn Đồng, với hơn 300 thí sinh tham gia ở các"
                " bảng thi."
            ),
            P(
                "Đội tuyển của trường gồm 15 học sinh tham gia bảng B (trung học cơ sở) ở các nội"
                " dung kiến thức, lập trình và sản phẩm sáng tạo. Kết quả, các em đạt 12 giải:"
            ),
            P("2 giải Nhất nội dung lập trình;", "ordered"),
            P("3 giải Nhì, 4 giải Ba nội dung kiến thức;", "ordered"),
            P("3 giải Khuyến khích nội dung sản phẩm sáng tạo.", "ordered"),
            Img(
                f"{_UP}/1794635700118-tin-hoc-tre.jpg",
                "Các em học sinh nhận giải tại lễ tổng kết Hội thi. Ảnh: Lê Văn Tâm",
                "Các em học sinh nhận giải tại lễ tổng kết Hội thi. Ảnh: Lê Văn Tâm",
            ),
            P(
                "Em Huỳnh Gia Bảo (lớp 9A1), giải Nhất nội dung lập trình, chia sẻ: “Em đã luyện tập"
                " mỗi tối cùng thầy cô và các bạn trong đội tuyển suốt ba tháng, giải thưởng là động"
                " lực để em tiếp tục học lập trình”."
            ),
            Raw("<p><br></p>"),
            Raw('<p class="ql-align-right"><strong>Người viết: Lê Văn Tâm</strong></p>'),
        ],
        authors=["Lê Văn Tâm"],
        photographers=["Lê Văn Tâm"],
        opts={"tags": ["Tin học trẻ", "Học sinh giỏi"]},
    ),
    Story(
        id=8,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-an-toan-giao-thong-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước và an toàn giao thông cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09T15:30:00+07:00",
        blocks=[
            P(
                "Sáng 07/11/2026, Công an phường Trần Phú phối hợp với Trường THCS Lê Quý Đôn tổ chức"
                " buổi tuyên truyền kỹ năng phòng, chống đuối nước và an toàn giao thông cho gần 1.200"
                " học sinh toàn trường."
            ),
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã thông tin tình hình tai nạn đuối nước, tai nạn"
                " giao thông liên quan đến trẻ em trên địa bàn tỉnh trong năm 2026; hướng dẫn các em"
                " cách nhận biết khu vực nguy hiểm, kỹ năng tự cứu và hỗ trợ người bị đuối nước đúng"
                " cách."
            ),
            Img(f"{_UP}/1794043800640-tuyen-truyen.jpg"),
            P(
                "Các em cũng được nhắc nhở đội mũ bảo hiểm đúng quy cách khi ngồi trên xe mô tô, xe"
                " gắn máy, không đi xe đạp dàn hàng ngang và không điều khiển xe máy khi chưa đủ tuổi."
            ),
            Raw('<p class="ql-align-right"><em>Nguồn: Báo Quảng Ngãi điện tử</em></p>'),
        ],
        source="Báo Quảng Ngãi điện tử",
        opts={"tags": ["An toàn giao thông"]},
    ),
    Story(
        id=7,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T13:45:00+07:00",
        summary=(
            "Từ ngày 19 đến 29/10/2026, 18 giáo viên thuộc 5 tổ chuyên môn đã tham gia Hội thi giáo"
            " viên dạy giỏi cấp trường với phần thi giảng dạy và trình bày biện pháp nâng cao chất"
            " lượng giáo dục."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, bồi dưỡng và nhân rộng những giáo viên có năng lực chuyên môn"
                " vững vàng, đồng thời chọn cử giáo viên tham dự hội thi cấp tỉnh năm 2027."
            ),
            P("Thời gian: Từ ngày 19/10/2026 đến ngày 29/10/2026.", "label"),
            P("Đối tượng: Giáo viên có từ 3 năm công tác trở lên.", "label"),
            Img(
                f"{_UP}/1793337900095-day-gioi.jpg",
                "Thầy Trương Công Định trong tiết dạy môn Khoa học tự nhiên lớp 9A3",
                "Thầy Trương Công Định trong tiết dạy môn Khoa học tự nhiên lớp 9A3",
            ),
            P(
                "Kết thúc hội thi, 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 4 giáo"
                " viên được chọn tham dự hội thi cấp tỉnh."
            ),
            Raw('<p class="ql-align-right"><strong>Người viết: Võ Thị Kim Oanh</strong></p>'),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"tags": ["Giáo viên dạy giỏi"]},
    ),
    Story(
        id=6,
        slug="chi-doi-8a3-ra-quan-lam-sach-khuon-vien-truong",
        title="Chi đội 8A3 ra quân làm sạch khuôn viên trường",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T10:00:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào “Trường học xanh - sạch - đẹp”, sáng Chủ nhật 25/10/2026, 42"
                " đội viên chi đội 8A3 cùng cô giáo chủ nhiệm đã ra quân dọn vệ sinh, nhổ cỏ và chăm"
                " sóc bồn hoa trong khuôn viên trường."
            ),
            Img(f"{_UP}/1793168400771-chi-doi-8a3.jpg"),
            P(
                "Sau hơn hai giờ làm việc, sân trường và các bồn hoa trở nên sạch đẹp. Chi đội đăng ký"
                " nhận chăm sóc bồn hoa trước dãy phòng học A đến hết năm học."
            ),
        ],
        opts={"tags": ["Liên đội"]},
    ),
    Story(
        id=5,
        slug="",
        title="Thông báo lịch họp cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-15T07:00:00+07:00",
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh đầu năm học 2026 - 2027 vào lúc 7 giờ 30"
                " phút, sáng Chủ nhật ngày 18/10/2026, tại các phòng học của từng lớp."
            ),
            P("Nội dung cuộc họp:", "plain"),
            P("Thông qua kế hoạch năm học và nội quy nhà trường.", "bullet"),
            P("Bầu Ban đại diện cha mẹ học sinh của lớp.", "bullet"),
            P("Trao đổi về tình hình học tập, rèn luyện của học sinh.", "bullet"),
            P("Kính mong quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
        ],
        opts={"tags": ["Cha mẹ học sinh"]},
    ),
    Story(
        id=4,
        slug="",
        title="Hội nghị cán bộ, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-12T08:30:00+07:00",
        blocks=[
            P(
                "Sáng 10/10/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Hội nghị cán bộ, viên"
                " chức năm học 2026 - 2027 với sự tham dự của 68 cán bộ, giáo viên, nhân viên."
            ),
            P("Đánh giá kết quả năm học 2025 - 2026", "h2"),
            P(
                "Năm học qua, nhà trường có 98,6% học sinh được đánh giá kết quả học tập từ mức Đạt"
                " trở lên; 47 học sinh đạt giải học sinh giỏi cấp tỉnh; tỉ lệ học sinh lớp 9 trúng"
                " tuyển vào lớp 10 công lập đạt 91,3%."
            ),
            P("Phương hướng năm học 2026 - 2027", "h2"),
            P(
                "Hội nghị thống nhất các chỉ tiêu trọng tâm: nâng cao chất lượng giáo dục toàn diện,"
                " đẩy mạnh chuyển đổi số trong dạy học và quản lý, xây dựng trường học hạnh phúc."
            ),
            Img(
                f"{_UP}/1791857400313-hoi-nghi-vc.jpg",
                "Quang cảnh Hội nghị cán bộ, viên chức năm học 2026 - 2027",
                "Quang cảnh Hội nghị cán bộ, viên chức năm học 2026 - 2027",
            ),
            Raw('<p class="ql-align-right"><strong>Người viết: Trần Thị Mỹ Linh</strong></p>'),
        ],
        authors=["Trần Thị Mỹ Linh"],
        opts={"tags": ["Hội nghị"]},
    ),
    Story(
        id=3,
        slug="",
        title="Tập huấn khai thác học liệu số cho giáo viên trung học cơ sở",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-05T15:00:00+07:00",
        blocks=[
            P(
                "Ngày 03/10/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn trực tuyến khai thác, sử"
                " dụng kho học liệu số dùng chung cho giáo viên trung học cơ sở toàn tỉnh. Trường THCS"
                " Lê Quý Đôn là một trong các điểm cầu với 45 giáo viên tham dự."
            ),
            P(
                "Giáo viên được hướng dẫn cách tìm kiếm, tải về và chỉnh sửa bài giảng điện tử, video"
                " thí nghiệm, ngân hàng câu hỏi; cách tổ chức kiểm tra trực tuyến và theo dõi tiến"
                " độ học tập của học sinh trên hệ thống."
            ),
            Img(
                f"{_UP}/1791265500820-tap-huan-hoc-lieu.jpg",
                "Giáo viên tham gia tập huấn tại điểm cầu Trường THCS Lê Quý Đôn",
                "Giáo viên tham gia tập huấn tại điểm cầu Trường THCS Lê Quý Đôn",
            ),
            Raw('<p class="ql-align-right">Nguồn: Sở Giáo dục và Đào tạo Quảng Ngãi</p>'),
        ],
        source="Sở Giáo dục và Đào tạo Quảng Ngãi",
        opts={"tags": ["Chuyển đổi số"]},
    ),
    Story(
        id=2,
        slug="",
        title="Học sinh khối 6 hào hứng với tiết học trải nghiệm làm bánh truyền thống",
        cat="tin-tuc-su-kien",
        published_at="2026-09-22T14:10:00+07:00",
        blocks=[
            P(
                "Trong tuần qua, học sinh khối 6 đã tham gia chủ đề “Em yêu quê hương” của môn Hoạt"
                " động trải nghiệm, hướng nghiệp với nội dung tìm hiểu và thực hành làm bánh ít lá"
                " gai, bánh xèo - những món bánh quen thuộc của người Quảng Ngãi."
            ),
            Img(
                f"{_UP}/1789974600444-lam-banh-1.jpg",
                "Các em học sinh lớp 6A1 thực hành gói bánh ít lá gai",
                "Các em học sinh lớp 6A1 thực hành gói bánh ít lá gai",
            ),
            Img(
                f"{_UP}/1789974600519-lam-banh-2.jpg",
                "Phụ huynh cùng tham gia hướng dẫn các em đổ bánh xèo",
                "Phụ huynh cùng tham gia hướng dẫn các em đổ bánh xèo",
            ),
            P(
                "Qua tiết học, các em không chỉ biết thêm về nét ẩm thực truyền thống của quê hương"
                " mà còn rèn luyện kỹ năng hợp tác, làm việc nhóm và biết quý trọng sức lao động."
            ),
        ],
        opts={"tags": ["Trải nghiệm"]},
    ),
    Story(
        id=1,
        slug="",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T09:00:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.200 học sinh Trường THCS Lê Quý Đôn"
            " hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự lễ khai giảng có đại diện lãnh đạo Đảng ủy, Ủy ban nhân dân phường Trần Phú,"
                " Ban đại diện cha mẹ học sinh cùng đông đảo phụ huynh."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.236 học sinh, trong đó khối 6 có 8"
                " lớp với 318 học sinh mới trúng tuyển."
            ),
            Img(
                f"{_UP}/1788573600102-khai-giang.jpg",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            ),
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Bích Thủy mong muốn mỗi thầy cô giáo,"
                " mỗi em học sinh tiếp tục nỗ lực, đoàn kết, xây dựng nhà trường ngày càng phát triển."
            ),
            Raw('<p class="ql-align-right"><strong>Người viết: Nguyễn Văn Hòa</strong></p>'),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"tags": ["Khai giảng"]},
    ),
]


# --------------------------------------------------------------------------- ids and URLs


def _when(story: Story) -> datetime:
    return datetime.fromisoformat(story.published_at)


def object_id(story: Story) -> str:
    """A Mongo ObjectId: 4 bytes of creation time, then machine/process bytes and a counter."""
    seconds = int(_when(story).timestamp())
    return f"{seconds:08x}c9e77b0012ab{0x3400 + story.id * 17:04x}"[:24]


def has_slug(story: Story) -> bool:
    return bool(story.slug)


def id_path(story: Story) -> str:
    return f"/bai-viet/{object_id(story)}"


def article_path(story: Story) -> str:
    """The URL listings link: the slug when the post has one, else the id."""
    return f"/bai-viet/{story.slug}" if has_slug(story) else id_path(story)


def newest(cat: str | None = None) -> list[Story]:
    out = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(out, key=lambda s: s.published_at, reverse=True)


def pages_of(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


for _s in STORIES:
    assert has_slug(_s) == (_s.published_at[:10] >= SLUG_SINCE), _s.title
_BY_KEY: dict[str, Story] = {object_id(s): s for s in STORIES} | {s.slug: s for s in STORIES if s.slug}


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[id_path(s)] if has_slug(s) else ())
    for s in STORIES
]

TAG_SEARCHES = sorted({t for s in STORIES for t in s.opts["tags"]})


def search_path(tag: str) -> str:
    return "/tim-kiem?tu-khoa=" + quote(tag, safe="")


NON_ARTICLES: list[str] = [
    "/",
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(f"/chuyen-muc/{c}?trang={n}" for c in CATS for n in range(1, pages_of(c) + 1)),
    "/gioi-thieu",
    "/lien-he",
    "/ban-giam-hieu",
    "/thoi-khoa-bieu",
    "/tai-lieu",
    "/dang-nhap",
    "/api/bai-viet?trang=2",
    *(search_path(t) for t in TAG_SEARCHES),
]


# --------------------------------------------------------------------------- rendering


def _shown(story: Story) -> str:
    return f"{_when(story):%d-%m-%Y %H:%M}"


def _day(story: Story) -> str:
    return f"{_when(story):%d-%m-%Y}"


def _mongo_iso(story: Story) -> str:
    return _when(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/images/no-image.png"


def _li(block: P) -> str:
    return f'<li data-list="{block.style}"><span class="ql-ui" contenteditable="false"></span>{esc(block.text)}</li>'


def _content(story: Story) -> str:
    """The Quill HTML as stored in ``noiDung`` (one line, as Quill's ``root.innerHTML`` gives it)."""
    out: list[str] = []
    items: list[str] = []
    for block in story.blocks:
        if isinstance(block, P) and block.style in ("bullet", "ordered"):
            items.append(_li(block))
            continue
        if items:
            out.append("<ol>" + "".join(items) + "</ol>")
            items = []
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(f'<p><img src="{esc(block.src)}" width="100%"></p>')
            if block.printed:
                out.append(f'<p class="ql-align-center"><em>{esc(block.printed)}</em></p>')
        elif block.style == "h2":
            out.append(f"<h2>{esc(block.text)}</h2>")
        elif block.style == "plain":
            out.append(f"<p>{esc(block.text)}</p>")
        elif block.style == "slogan":
            out.append(f'<p class="ql-align-center"><em>{esc(block.text)}</em></p>')
        elif block.style == "label":
            label, rest = block.text.split(":", 1)
            out.append(f'<p class="ql-align-justify"><strong>{esc(label)}:</strong>{esc(rest)}</p>')
        else:
            out.append(f'<p class="ql-align-justify">{esc(block.text)}</p>')
    if items:
        out.append("<ol>" + "".join(items) + "</ol>")
    return "".join(out)


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <title>{esc(title)}</title>
  <link rel="icon" href="/images/favicon.ico">
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
  <link href="https://cdn.jsdelivr.net/npm/quill@2.0.2/dist/quill.snow.css" rel="stylesheet">
  <link rel="stylesheet" href="/css/style.css">{extra}
</head>"""


def _header(active: str) -> str:
    def item(href: str, label: str, key: str) -> str:
        cls = "nav-link active" if key == active else "nav-link"
        return f'<li class="nav-item"><a class="{cls}" href="{href}">{esc(label)}</a></li>'

    cats = "".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{c}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return f"""
  <div class="topbar bg-primary text-white small py-1">
    <div class="container d-flex justify-content-between">
      <span><i class="bi bi-calendar-event"></i> {TODAY}</span>
      <span><i class="bi bi-telephone"></i> {HOTLINE} &nbsp; <i class="bi bi-envelope"></i> {EMAIL}</span>
    </div>
  </div>
  <header class="banner-truong py-3 bg-light border-bottom">
    <div class="container d-flex align-items-center gap-3">
      <a href="/"><img src="/images/logo-lqd.png" alt="Logo" height="72"></a>
      <div>
        <div class="text-uppercase small text-secondary">Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi</div>
        <div class="ten-truong h4 text-primary fw-bold text-uppercase mb-0">{SITE}</div>
      </div>
    </div>
  </header>
  <nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top">
    <div class="container">
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menuChinh"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="menuChinh">
        <ul class="navbar-nav me-auto">
          {item("/", "Trang chủ", "home")}
          {item("/gioi-thieu", "Giới thiệu", "gioi-thieu")}
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown">Tin tức</a>
            <ul class="dropdown-menu">{cats}</ul></li>
          {item("/chuyen-muc/thong-bao", "Thông báo", "thong-bao")}
          {item("/ban-giam-hieu", "Ban giám hiệu", "ban-giam-hieu")}
          {item("/thoi-khoa-bieu", "Thời khóa biểu", "thoi-khoa-bieu")}
          {item("/tai-lieu", "Tài liệu", "tai-lieu")}
          {item("/lien-he", "Liên hệ", "lien-he")}
        </ul>
        <form class="d-flex me-2" action="/tim-kiem" method="GET">
          <input class="form-control form-control-sm me-1" type="search" name="tu-khoa" placeholder="Tìm kiếm...">
          <button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button>
        </form>
        <a class="btn btn-sm btn-outline-light" href="/dang-nhap"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a>
      </div>
    </div>
  </nav>"""


def _sidebar() -> str:
    # written before posts had slugs: links every post by its _id
    board = "".join(
        f"""
          <li class="list-group-item px-0"><a href="{id_path(s)}" class="text-decoration-none">{esc(s.title)}</a>
            <div class="small text-muted"><i class="bi bi-clock"></i> {_day(s)}</div></li>"""
        for s in newest()[:5]
    )
    return f"""
      <aside class="col-lg-4">
        <div class="card mb-4 bang-tin">
          <div class="card-header bg-primary text-white fw-bold"><i class="bi bi-megaphone"></i> Bảng tin</div>
          <div class="card-body py-1"><ul class="list-group list-group-flush">{board}
          </ul></div>
        </div>
        <div class="card mb-4">
          <div class="card-header fw-bold"><i class="bi bi-cloud-sun"></i> Thời tiết Quảng Ngãi</div>
          <div class="card-body" id="weather-widget"></div>
        </div>
        <div class="card mb-4">
          <div class="card-header fw-bold">Liên kết website</div>
          <div class="card-body">
            <select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
              <option value="">-- Chọn liên kết --</option>
              <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
              <option value="https://quangngai.edu.vn">Sở GD&amp;ĐT Quảng Ngãi</option>
              <option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
            </select>
          </div>
        </div>
        <a href="https://hoclieu.quangngai.edu.vn" target="_blank"><img src="/images/banner-hoc-lieu-so.jpg" class="img-fluid rounded mb-4" alt="Kho học liệu số"></a>
      </aside>"""


_WEATHER_JS = """
  <script>
    fetch('/api/thoi-tiet').then(r => r.json()).then(d => {
      document.getElementById('weather-widget').innerHTML =
        `<div class="display-6">${d.nhietDo}&deg;C</div><div>${d.moTa}</div>`;
    }).catch(() => {});
  </script>"""


def _footer() -> str:
    return f"""
  <footer class="bg-dark text-white-50 pt-4 pb-2 mt-4">
    <div class="container">
      <div class="row">
        <div class="col-md-7">
          <h6 class="text-white text-uppercase">{SITE}</h6>
          <p class="mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: {ADDRESS}</p>
          <p class="mb-1"><i class="bi bi-telephone"></i> Đường dây nóng: {HOTLINE}</p>
          <p class="mb-1"><i class="bi bi-envelope"></i> Email: {EMAIL}</p>
        </div>
        <div class="col-md-5 text-md-end">
          <p class="mb-1"><i class="bi bi-bar-chart"></i> Lượt truy cập: 9.876</p>
          <p class="mb-1"><i class="bi bi-people"></i> Đang online: 7</p>
          <a href="https://www.facebook.com/thcslequydon.qn" class="text-white-50 me-2"><i class="bi bi-facebook"></i> Fanpage</a>
        </div>
      </div>
      <hr class="border-secondary">
      <div class="text-center small">&copy; 2026 {SITE}. Thiết kế và phát triển: Tổ Tin học.</div>
    </div>
  </footer>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
  <script src="/js/main.js"></script>"""


def _page(request: Request, title: str, main: str, *, active: str = "", extra: str = "", sidebar: bool = True, script: str = "") -> str:
    aside = _sidebar() if sidebar else ""
    width = "col-lg-8" if sidebar else "col-12"
    return f"""{_head(request, title, extra)}
<body>{_header(active)}
  <main class="container my-4">
    <div class="row">
      <div class="{width}">{main}
      </div>{aside}
    </div>
  </main>{_footer()}{_WEATHER_JS if sidebar else ""}{script}
</body>
</html>
"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'\n        <nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'


def _card(story: Story) -> str:
    href = article_path(story)
    return f"""
          <div class="col-md-6 col-xl-4">
            <div class="card h-100 the-bai-viet shadow-sm">
              <a href="{href}"><img src="{_thumb(story)}" class="card-img-top" alt="{esc(story.title)}"></a>
              <div class="card-body">
                <span class="badge bg-info text-dark mb-2">{esc(CATS[story.cat])}</span>
                <h5 class="card-title fs-6"><a href="{href}" class="text-decoration-none">{esc(story.title)}</a></h5>
                <p class="card-text small text-muted">{esc(_excerpt(story))}</p>
              </div>
              <div class="card-footer bg-white small text-muted"><i class="bi bi-calendar3"></i> {_shown(story)}</div>
            </div>
          </div>"""


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    extra = f'\n  <meta name="description" content="{esc(_excerpt(story))}">'
    extra += f'\n  <meta property="og:title" content="{esc(story.title)}">'
    extra += f'\n  <meta property="og:image" content="{base}{_thumb(story)}">'
    if has_slug(story):
        extra += f'\n  <link rel="canonical" href="{base}{article_path(story)}">'
    lead = f'\n            <p class="tom-tat fw-bold">{esc(story.summary)}</p>' if story.summary else ""
    tags = " ".join(
        f'<a class="badge rounded-pill text-bg-light border" href="{esc(search_path(t))}">#{esc(t)}</a>'
        for t in story.opts["tags"]
    )
    others = [s for s in newest(story.cat) if s is not story][:4]
    other_list = "".join(
        f'\n            <li><a href="{article_path(s)}">{esc(s.title)}</a> <small class="text-muted">({_day(s)})</small></li>'
        for s in others
    )
    share_url = quote(base + article_path(story), safe="")
    main = f"""{_crumbs((f"/chuyen-muc/{story.cat}", CATS[story.cat]), (None, "Bài viết"))}
        <article class="bai-viet card border-0 shadow-sm mb-4">
          <div class="card-body p-4">
            <h1 class="tieu-de h3 text-primary fw-bold">{esc(story.title)}</h1>
            <div class="meta text-muted small mb-3 pb-2 border-bottom">
              <span class="ngay-dang" data-ngay="{_mongo_iso(story)}"><i class="bi bi-calendar3"></i> {_shown(story)}</span>
              <span class="mx-2">|</span><span><i class="bi bi-eye"></i> {story.views()} lượt xem</span>
              <span class="mx-2">|</span><span><i class="bi bi-person-circle"></i> Đăng bởi: admin</span>
            </div>{lead}
            <div class="ql-snow"><div class="ql-editor noi-dung px-0">{_content(story)}</div></div>
            <div class="tu-khoa mt-4"><i class="bi bi-tags"></i> Từ khóa: {tags}</div>
            <div class="chia-se mt-3 d-flex gap-2 align-items-center">
              <span class="small text-muted">Chia sẻ:</span>
              <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><i class="bi bi-facebook"></i> Facebook</a>
              <a class="btn btn-sm btn-info text-white" href="https://zalo.me/share?u={share_url}" target="_blank">Zalo</a>
              <button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> In bài viết</button>
            </div>
          </div>
        </article>
        <section class="tin-khac">
          <h5 class="border-bottom pb-2 text-primary">Tin khác</h5>
          <ul class="list-unstyled">{other_list}
          </ul>
        </section>"""
    return _page(request, f"{story.title} | {SITE}", main, active=story.cat, extra=extra)


def _pager(cat: str, current: int) -> str:
    last = pages_of(cat)
    base = f"/chuyen-muc/{cat}"
    if current <= 1:
        prev = '<li class="page-item disabled"><span class="page-link">Trước</span></li>'
    else:
        prev = f'<li class="page-item"><a class="page-link" href="{base}?trang={current - 1}">Trước</a></li>'
    nums = "".join(
        f'<li class="page-item{" active" if n == current else ""}"><a class="page-link" href="{base}?trang={n}">{n}</a></li>'
        for n in range(1, last + 1)
    )
    # the template never checks the last page: "Sau" always links the next number
    nxt = f'<li class="page-item"><a class="page-link" href="{base}?trang={current + 1}">Sau</a></li>'
    return f'\n        <nav aria-label="Phân trang"><ul class="pagination justify-content-center">{prev}{nums}{nxt}</ul></nav>'


def _page_number(request: Request) -> int:
    raw = request.params.get("trang", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _listing(request: Request, cat: str) -> str:
    current = _page_number(request)
    stories = newest(cat)[(current - 1) * PER_PAGE : current * PER_PAGE]
    if stories:
        cards = '\n        <div class="row g-3">' + "".join(_card(s) for s in stories) + "\n        </div>"
    else:
        cards = '\n        <div class="alert alert-warning">Không có bài viết nào trong chuyên mục này.</div>'
    main = f"""{_crumbs((None, CATS[cat]))}
        <h2 class="h5 text-uppercase text-primary border-bottom pb-2 mb-3">{esc(CATS[cat])}</h2>{cards}{_pager(cat, current)}"""
    return _page(request, f"{CATS[cat]} | {SITE}", main, active=cat)


def _home(request: Request) -> str:
    cards = "".join(_card(s) for s in newest()[:HOME_SIZE])
    main = f"""
        <h2 class="h5 text-uppercase text-primary border-bottom pb-2 mb-3"><i class="bi bi-newspaper"></i> Tin mới nhất</h2>
        <div class="row g-3" id="ds-bai-viet">{cards}
        </div>
        <div class="text-center my-4"><button class="btn btn-outline-primary" id="btn-xem-them" data-url="/api/bai-viet?trang=2">Xem thêm <i class="bi bi-chevron-down"></i></button></div>"""
    script = """
  <script>
    document.getElementById('btn-xem-them').addEventListener('click', async function () {
      const res = await fetch(this.dataset.url);
      const data = await res.json();
      data.baiViet.forEach(p => {
        const href = '/bai-viet/' + (p.slug || p._id);
        document.getElementById('ds-bai-viet').insertAdjacentHTML('beforeend',
          `<div class="col-md-6 col-xl-4"><div class="card h-100"><div class="card-body"><h5 class="card-title fs-6"><a href="${href}">${p.tieuDe}</a></h5></div></div></div>`);
      });
      if (data.trang < data.tongSoTrang) this.dataset.url = '/api/bai-viet?trang=' + (data.trang + 1);
      else this.remove();
    });
  </script>"""
    return _page(request, f"Trang chủ | {SITE}", main, active="home", script=script)


def _api(request: Request) -> Response:
    current = _page_number(request)
    all_posts = newest()
    total = -(-len(all_posts) // API_SIZE)
    chunk = all_posts[(current - 1) * API_SIZE : current * API_SIZE]
    payload = {
        "trang": current,
        "tongSoTrang": total,
        "baiViet": [
            {
                "_id": object_id(s),
                "tieuDe": s.title,
                **({"slug": s.slug} if has_slug(s) else {}),
                "tomTat": s.summary or "",
                "anhDaiDien": _thumb(s),
                "chuyenMuc": s.cat,
                "ngayDang": _mongo_iso(s),
                "luotXem": s.views(),
            }
            for s in chunk
        ],
    }
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(200, body, {"Content-Type": "application/json; charset=utf-8", **_express_headers()})


_ABOUT = [
    (
        "Trường THCS Lê Quý Đôn được thành lập năm 1994 trên cơ sở tách ra từ Trường Phổ thông cơ sở"
        " Trần Phú. Trải qua hơn 30 năm xây dựng và phát triển, nhà trường luôn là một trong những"
        " đơn vị dẫn đầu về chất lượng giáo dục trung học cơ sở của tỉnh."
    ),
    (
        "Năm học 2026 - 2027, trường có 32 lớp với 1.236 học sinh; 68 cán bộ, giáo viên, nhân viên,"
        " trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo."
    ),
    "Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3 năm 2023.",
]


def _about(request: Request) -> str:
    paras = "".join(f'\n          <p class="text-justify">{esc(p)}</p>' for p in _ABOUT)
    main = f"""{_crumbs((None, "Giới thiệu"))}
        <div class="card border-0 shadow-sm"><div class="card-body p-4">
          <h1 class="h4 text-primary">Giới thiệu chung</h1>{paras}
          <img src="/images/toan-canh-truong.jpg" class="img-fluid rounded" alt="Toàn cảnh trường">
        </div></div>"""
    return _page(request, f"Giới thiệu | {SITE}", main, active="gioi-thieu")


_BGH = [
    ("/images/bgh/nguyen-thi-bich-thuy.jpg", "Nguyễn Thị Bích Thủy", "Hiệu trưởng"),
    ("/images/bgh/truong-van-loc.jpg", "Trương Văn Lộc", "Phó Hiệu trưởng"),
    ("/images/bgh/ho-thi-thanh-xuan.jpg", "Hồ Thị Thanh Xuân", "Phó Hiệu trưởng"),
]


def _board(request: Request) -> str:
    cards = "".join(
        f"""
          <div class="col-md-4">
            <div class="card text-center h-100 border-0 shadow-sm">
              <img src="{src}" class="card-img-top rounded-circle mx-auto mt-3" style="width:140px" alt="{esc(name)}">
              <div class="card-body"><h5 class="card-title fs-6 fw-bold">{esc(name)}</h5><p class="card-text text-muted">{esc(pos)}</p></div>
            </div>
          </div>"""
        for src, name, pos in _BGH
    )
    main = f"""{_crumbs((None, "Ban giám hiệu"))}
        <h1 class="h4 text-primary mb-3">Ban giám hiệu nhà trường</h1>
        <div class="row g-3">{cards}
        </div>"""
    return _page(request, f"Ban giám hiệu | {SITE}", main, active="ban-giam-hieu")


_TKB = [
    ("Tiết 1 (7h00 - 7h45)", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Sinh hoạt lớp"),
    ("Tiết 2 (7h50 - 8h35)", "Ngữ văn", "Toán", "Lịch sử và Địa lí", "Tin học", "KHTN", "Toán"),
    ("Tiết 3 (8h50 - 9h35)", "Tiếng Anh", "GDCD", "Toán", "Ngữ văn", "Công nghệ", "Ngữ văn"),
    ("Tiết 4 (9h40 - 10h25)", "KHTN", "Âm nhạc", "Mĩ thuật", "Toán", "Thể dục", "HĐTN"),
]


def _timetable(request: Request) -> str:
    rows = "".join("\n            <tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in _TKB)
    head = "".join(f"<th>{d}</th>" for d in ("Tiết", "Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7"))
    main = f"""{_crumbs((None, "Thời khóa biểu"))}
        <h1 class="h4 text-primary">Thời khóa biểu lớp 8A1 - Học kì I (áp dụng từ 02/11/2026)</h1>
        <div class="table-responsive"><table class="table table-bordered table-sm text-center">
          <thead class="table-primary"><tr>{head}</tr></thead>
          <tbody>{rows}
          </tbody></table></div>"""
    return _page(request, f"Thời khóa biểu | {SITE}", main, active="thoi-khoa-bieu")


DOCS = [
    ("/uploads/tai-lieu/ke-hoach-nam-hoc-2026-2027.pdf", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "12-09-2026"),
    ("/uploads/tai-lieu/quy-che-chi-tieu-noi-bo-2026.pdf", "Quy chế chi tiêu nội bộ năm 2026", "20-09-2026"),
    ("/uploads/tai-lieu/de-cuong-on-tap-giua-hk1-toan-8.pdf", "Đề cương ôn tập giữa học kì I môn Toán 8", "06-11-2026"),
    ("/uploads/tai-lieu/cong-khai-chat-luong-giao-duc-2025-2026.pdf", "Công khai chất lượng giáo dục năm học 2025 - 2026", "30-06-2026"),
]


def _docs(request: Request) -> str:
    rows = "".join(
        f"""
            <tr><td>{i}</td><td>{esc(name)}</td><td>{day}</td><td><a class="btn btn-sm btn-outline-primary" href="{href}" download><i class="bi bi-download"></i> Tải về</a></td></tr>"""
        for i, (href, name, day) in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs((None, "Tài liệu"))}
        <h1 class="h4 text-primary">Văn bản - Tài liệu</h1>
        <table class="table table-hover">
          <thead><tr><th>STT</th><th>Tên tài liệu</th><th>Ngày đăng</th><th>Tải về</th></tr></thead>
          <tbody>{rows}
          </tbody>
        </table>"""
    return _page(request, f"Tài liệu | {SITE}", main, active="tai-lieu")


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
        <h1 class="h4 text-primary">Liên hệ</h1>
        <p><strong>{SITE}</strong><br>Địa chỉ: {ADDRESS}<br>Điện thoại: {HOTLINE}<br>Email: {EMAIL}</p>
        <form method="POST" action="/lien-he" class="row g-2">
          <div class="col-md-6"><input class="form-control" name="hoTen" placeholder="Họ và tên" required></div>
          <div class="col-md-6"><input class="form-control" type="email" name="email" placeholder="Email"></div>
          <div class="col-12"><textarea class="form-control" name="noiDung" rows="4" placeholder="Nội dung"></textarea></div>
          <div class="col-12"><button class="btn btn-primary">Gửi liên hệ</button></div>
        </form>
        <iframe class="w-100 mt-3" height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3872.4!2d108.79!3d15.12" loading="lazy"></iframe>"""
    return _page(request, f"Liên hệ | {SITE}", main, active="lien-he")


def _login(request: Request) -> str:
    main = """
        <div class="card mx-auto my-5 shadow-sm" style="max-width:420px"><div class="card-body p-4">
          <h1 class="h5 text-center mb-3">Đăng nhập quản trị</h1>
          <form method="POST" action="/dang-nhap">
            <div class="mb-3"><label class="form-label">Tên đăng nhập</label><input class="form-control" name="username"></div>
            <div class="mb-3"><label class="form-label">Mật khẩu</label><input class="form-control" type="password" name="password"></div>
            <button class="btn btn-primary w-100">Đăng nhập</button>
          </form>
        </div></div>"""
    return _page(request, f"Đăng nhập | {SITE}", main, sidebar=False)


def _search(request: Request) -> str:
    word = request.params.get("tu-khoa", "").strip()
    low = word.lower()
    hits = [s for s in newest() if low and (low in s.title.lower() or any(low == t.lower() for t in s.opts["tags"]))]
    if hits:
        items = "".join(
            f'\n          <li class="list-group-item"><a href="{article_path(s)}">{esc(s.title)}</a> <small class="text-muted">{_shown(s)}</small></li>'
            for s in hits
        )
        result = f'\n        <ul class="list-group">{items}\n        </ul>'
    else:
        result = '\n        <p class="text-muted">Không tìm thấy bài viết phù hợp.</p>'
    main = f"""{_crumbs((None, "Tìm kiếm"))}
        <h1 class="h5">Kết quả tìm kiếm cho “{esc(word)}”: {len(hits)} bài viết</h1>{result}"""
    return _page(request, f"Tìm kiếm | {SITE}", main)


def _post_missing(request: Request) -> Response:
    main = f"""{_crumbs((None, "Lỗi"))}
        <div class="alert alert-danger my-4"><h1 class="h5">404</h1>Bài viết không tồn tại hoặc đã bị xóa. <a href="/">Về trang chủ</a></div>"""
    return html(_page(request, f"Không tìm thấy | {SITE}", main), status=404, headers=_express_headers())


def express_404(method: str, path: str) -> Response:
    """Express's finalhandler page for a route nobody answers."""
    body = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n'
        f"</head>\n<body>\n<pre>Cannot {method} {esc(path)}</pre>\n</body>\n</html>\n"
    )
    headers = {
        "X-Powered-By": "Express",
        "Content-Security-Policy": "default-src 'none'",
        "X-Content-Type-Options": "nosniff",
    }
    return html(body, status=404, headers=headers)


def _express_headers() -> dict[str, str]:
    return {
        "X-Powered-By": "Express",
        "Set-Cookie": f"connect.sid=s%3A{opaque('connect-sid', 24)[:32]}; Path=/; HttpOnly",
    }


_POST = re.compile(r"^/bai-viet/([A-Za-z0-9-]+)$")


class ExpressSchool:
    """``app.js``: static ``public/`` first, then the routers, then finalhandler's 404."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/tai-lieu/",)):
            if any(href == path for href, _, _ in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf", "X-Powered-By": "Express"})
            return express_404(request.method, path)
        if path.startswith(("/uploads/", "/images/", "/css/", "/js/")):
            found = static_file(path)
            return found or express_404(request.method, path)
        if path == "/api/bai-viet":
            return _api(request)
        if path == "/api/thoi-tiet":
            body = json.dumps({"nhietDo": 27, "moTa": "Mây rải rác"}, ensure_ascii=False)
            return Response(200, body, {"Content-Type": "application/json; charset=utf-8", "X-Powered-By": "Express"})
        if m := _POST.match(path):
            story = _BY_KEY.get(m.group(1))
            if story is None:
                return _post_missing(request)
            return html(_article(story, request), headers=_express_headers())
        page = self._page(request)
        if page is None:
            return express_404(request.method, path)
        return html(page, headers=_express_headers())

    @staticmethod
    def _page(request: Request) -> str | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            return _listing(request, m.group(1)) if m.group(1) in CATS else None
        routes = {
            "/gioi-thieu": _about,
            "/lien-he": _contact,
            "/ban-giam-hieu": _board,
            "/thoi-khoa-bieu": _timetable,
            "/tai-lieu": _docs,
            "/dang-nhap": _login,
            "/tim-kiem": _search,
        }
        handler = routes.get(path)
        return handler(request) if handler else None


def build_site() -> ExpressSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ExpressSchool()
