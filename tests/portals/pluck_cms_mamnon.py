"""Trường Mầm non Họa Mi (huyện Đức Trọng, tỉnh Lâm Đồng): a teacher's Pluck CMS 4.7 site.

Platform
    Pluck 4.7, the small PHP flat-file CMS, with its ``blog`` module, the ``albums`` and
    ``contactform`` modules and the stock "oldstyle" theme (XHTML 1.0 Strict: ``div.head`` >
    ``div.header`` > ``div.headerkop`` (site title) + ``div.menu``; ``div.content`` >
    ``div.submenu``, ``div.kop`` (the page title, no heading element), ``div.txt`` (page content,
    then the ``main`` theme area), ``div.footer`` (the ``footer`` area, ">> admin", "powered by
    pluck")). Run by one teacher: the "main" area holds her hand-written boxes (Chuyên mục,
    Bài viết mới, a visitor counter), the "footer" area the school's address.

URL scheme
    ``/`` = ``/?file=trang-chu`` (home page: welcome text and the three newest posts, truncated)
    ``/?file=<page>`` pages: gioi-thieu, doi-ngu (sub-page of Giới thiệu), thuc-don, thu-vien-anh,
    lien-he, tin-tuc (the blog page)
    ``/?file=tin-tuc&pagenr=<N>`` blog list (5 posts a page, FULL text of each post, 3 pages)
    ``/?file=tin-tuc&cat=<c>[&pagenr=<N>]`` one category's list
    ``/?file=tin-tuc&module=blog&page=viewpost&post=<slug>`` a post (the gold path)
    ``/?file=trang-chu&module=blog&page=viewpost&post=<slug>`` the same post under the home page
    (Pluck builds post links from the *current* page's name)
    ``/tin-tuc/viewpost/<slug>`` the same post through the rewrite rule (sidebar "Bài viết mới")
    ``/?file=thu-vien-anh&module=albums&page=viewalbum&album=<a>`` a photo album
    ``/login.php`` the admin login form (">> admin" in the footer)

Page templates
    post: ``div.kop`` = title; ``div.txt`` > ``div#blog_post`` > ``span#blog_post_info``
    ("<m-d-Y> lúc <H:i> trong <category>") + ``div#blog_post_content`` (TinyMCE HTML as the
    teacher typed it); then ``div#blog_reactions`` (comments: ``div.blog_reaction`` >
    ``p.blog_reaction_name``, ``span.blog_reaction_info`` (date), ``p.blog_reaction_message``)
    with the comment form, the "<<< Quay lại" link, and the main-area boxes.
    list: ``div.blog_post`` > ``p.blog_post_title`` > a, ``span.blog_post_info``,
    ``div.blog_post_content`` (whole post), ``p.blog_post_more``; then "Trang: 1 2 3".

How each gold article is reached
    tin-tuc page 1: posts 13..9; page 2 (``&pagenr=2``): 8..4; page 3: 3..1. Category lists
    (links in the "Chuyên mục" box): hoat-dong (12, 9, 8, 6, 3 / page 2: 1), thong-bao (13, 11, 7,
    4), goc-phu-huynh (10, 5, 2). Home: 13, 12, 11 (``file=trang-chu`` links). "Bài viết mới" box
    on every page: 13..9 as rewritten ``/tin-tuc/viewpost/<slug>`` links. Post 1 is reachable only
    through page 3 of the blog list or page 2 of its category.

Traps
1. US-order dates: the blog prints ``m-d-Y`` ("11-10-2026 lúc 20:30") as old Pluck did; read as
   day-month, "10-11-2026" (Oct 11) and "11-10-2026" (Nov 10) give other dates inside the same
   autumn. Gold: month-day-year, with the time: "2026-11-10T20:30:00+07:00".
2. Comments ("reactions") under each post: ``p.blog_reaction_message`` paragraphs, names
   ("Phụ huynh bé Bơ:", "Cô Mai Anh (GV lớp Lá 1):") and their own m-d-Y dates sit in the same
   ``div.txt`` right after the text. Gold: not body, not authors; the date is the post's.
3. No heading element at all: the title is ``div.kop``; ``div.headerkop`` (site name) is the only
   thing that looks like a header. The blog lists print the FULL text of five posts each, with
   their info lines: a list page reads like one long article. Gold: title = ``div.kop``; lists
   are not articles.
4. One post reachable under three URLs (``file=tin-tuc`` / ``file=trang-chu`` viewpost and the
   rewritten ``/tin-tuc/viewpost/<slug>``) with no canonical link. Gold: the ``file=tin-tuc`` form,
   the others in ``alt_paths``.
5. The rewritten pages print relative links (``?file=gioi-thieu``, ``data/images/…``) that only
   resolve through ``<base href="http://host/">``; without it they point to
   ``/tin-tuc/viewpost/?file=…`` (404). Gold images resolve against the site root.
6. Shift+Enter text: a whole post typed as lines separated by ``<br /><br />`` directly inside
   the content div, no ``<p>`` (post 3), and a ``<p>`` whose lines are split by single
   ``<br />`` (post 11). Gold: each line a paragraph.
7. TinyMCE emoticons inside sentences (``<img src="data/inc/tinymce/…/smiley-laughing.gif"
   alt="Cười">``). Gold: neither an image nor text.
8. Captions in the image's own paragraph after a ``<br />`` (``<p><img/><br/><em>…</em></p>``),
   in a following small centred paragraph in parentheses, in a one-column table cell under the
   image, or only in a lightbox ``title`` attribute (not printed: caption None; the gold image is
   the printed ``<img src>`` thumbnail). "Ảnh: X" lines under photos only credit X.
9. The teacher repeats the headline in capitals as the post's first line (post 7) and ends a
   plan with a download line ("Tải về: …pdf"). Gold: neither is body.
10. Bylines as typed at the end: "Tin, ảnh: X", "Bài: X - Ảnh: Y", "GV: X (lớp Chồi 2)",
    "X – GV lớp Lá 1", a unit alone ("Bộ phận Y tế – Dinh dưỡng", "Ban Giám hiệu"),
    "Người đăng: admin" (nobody). Sources "Nguồn: …" / "Theo …" closing lines.
11. The main theme area sits inside ``div.txt`` after the post: "Bài viết mới", "Chuyên mục",
    counter "Đang online / Hôm nay / Tổng truy cập" are in the same container as the text.
12. The home page prints Pluck's truncated excerpts ("…") with "» Đọc tiếp" links and every list
    links its pages "Trang: 1 2 3" including ``&pagenr=1`` (same as the bare list).

Gold decisions on ambiguous points
- The repeated upper-case headline line inside the content is the headline printed again, not
  text and not a sapo. A bold first paragraph that is not the headline is the sapo (posts 5, 9).
- "GV:", "Cô" before a name and the class/post after it are titles/units, not part of the name.
- A lightbox link's ``title`` is not printed on the page: caption None.
- Category = the blog category printed on the info line and in the "Chuyên mục" box.
- Every post prints a time: published_at carries it with +07:00.
"""

from __future__ import annotations

import html as _html
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "pluck_cms_mamnon"
PLATFORM = "Pluck CMS 4.7 (blog module, oldstyle theme)"
START_PATH = "/"

SITE_TITLE = "Trường Mầm non Họa Mi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "hoat-dong": "Hoạt động của bé",
    "thong-bao": "Thông báo",
    "goc-phu-huynh": "Góc phụ huynh",
}

SMILE = (
    '<img src="data/inc/tinymce/jscripts/tiny_mce/plugins/emotions/img/{name}.gif" '
    'alt="{alt}" title="{alt}" border="0" />'
)


def _right(text: str, bold: bool = False) -> Raw:
    inner = f"<strong>{esc(text)}</strong>" if bold else esc(text)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=1,
        slug="cac-be-lop-choi-tham-quan-vuon-rau-sach-cua-truong",
        title="Các bé lớp Chồi tham quan vườn rau sạch của trường",
        cat="hoat-dong",
        published_at="2026-10-08T15:20:00+07:00",
        opts={"date": "10-08-2026", "time": "15:20"},
        blocks=[
            P("Sáng thứ Năm, các bé ba lớp Chồi 1, Chồi 2 và Chồi 3 đã được các cô dẫn đi tham "
              "quan vườn rau sạch phía sau khu hiệu bộ của trường."),
            Img("data/images/2026/vuon-rau-1.jpg", printed="Các bé lớp Chồi 2 tìm hiểu cây cải ngọt",
                caption="Các bé lớp Chồi 2 tìm hiểu cây cải ngọt", style="inline_br"),
            P("Tại đây, bé được nghe bác bảo vệ kể về cách gieo hạt, tưới nước và bắt sâu cho rau; "
              "bé còn được tự tay nhổ cỏ và tưới cho những luống cải ngọt, xà lách."),
            P("Hoạt động giúp trẻ biết thêm về nguồn gốc các món rau trong bữa ăn hằng ngày ở "
              "trường, từ đó ăn rau ngon miệng hơn."),
            _right("Tin, ảnh: Lê Thị Thanh Tâm", bold=True),
        ],
        authors=["Lê Thị Thanh Tâm"],
        photographers=["Lê Thị Thanh Tâm"],
    ),
    Story(
        id=2,
        slug="phong-tranh-benh-tay-chan-mieng-khi-thoi-tiet-chuyen-mua",
        title="Phòng tránh bệnh tay chân miệng khi thời tiết chuyển mùa",
        cat="goc-phu-huynh",
        published_at="2026-10-11T09:05:00+07:00",
        opts={"date": "10-11-2026", "time": "09:05", "form": "mso"},
        blocks=[
            P("Bệnh tay chân miệng thường tăng vào những tháng cuối năm, khi thời tiết Đức Trọng "
              "chuyển từ mưa sang khô hanh; trẻ dưới 5 tuổi là đối tượng dễ mắc nhất."),
            P("Dấu hiệu thường gặp: sốt nhẹ, loét miệng, nổi bóng nước ở lòng bàn tay, lòng bàn "
              "chân, mông và đầu gối; trẻ quấy khóc, bỏ ăn."),
            P("Phụ huynh cần rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày, "
              "lau rửa đồ chơi và sàn nhà bằng dung dịch sát khuẩn."),
            P("Khi trẻ có dấu hiệu nghi ngờ, cho trẻ nghỉ học ở nhà và đưa đến cơ sở y tế gần nhất "
              "để được khám, đồng thời báo cho giáo viên chủ nhiệm."),
            Raw('<p class="MsoNormal" style="text-align: right;"><em>Nguồn: Trung tâm Y tế huyện '
                'Đức Trọng</em><o:p></o:p></p>'),
        ],
        source="Trung tâm Y tế huyện Đức Trọng",
    ),
    Story(
        id=3,
        slug="be-lam-thiep-tang-ba-tang-me-ngay-20-10",
        title="Chào mừng ngày Phụ nữ Việt Nam 20/10: bé làm thiệp tặng bà, tặng mẹ",
        cat="hoat-dong",
        published_at="2026-10-19T16:40:00+07:00",
        opts={"date": "10-19-2026", "time": "16:40", "form": "bare"},
        blocks=[
            P("Hướng tới ngày Phụ nữ Việt Nam 20/10, chiều nay các bé lớp Chồi 2 đã cùng cô làm "
              "những tấm thiệp thật xinh để tặng bà, tặng mẹ.", style="smile:smiley-smile:Cười mỉm"),
            P("Với giấy màu, hồ dán, bút sáp và những bông hoa khô do phụ huynh gửi tặng, mỗi bé "
              "đã tự trang trí một tấm thiệp theo ý thích của mình."),
            P("Nhiều bé còn nhờ cô viết giúp lời chúc: “Con yêu mẹ nhất trên đời!”",
              style="smile:smiley-laughing:Cười"),
            Img("data/images/2026/thiep-20-10.jpg", printed="IMG_20261019_154210.jpg", caption=None,
                style="alt_only"),
            P("Những tấm thiệp sẽ được bé mang về nhà tặng bà, tặng mẹ vào sáng ngày 20/10."),
            Raw("GV: Phạm Thị Ngọc Hân (lớp Chồi 2)"),
        ],
        authors=["Phạm Thị Ngọc Hân"],
    ),
    Story(
        id=4,
        slug="thong-bao-lich-kham-suc-khoe-dinh-ky-dot-1",
        title="Thông báo lịch khám sức khỏe định kỳ cho trẻ đợt 1",
        cat="thong-bao",
        published_at="2026-10-26T10:15:00+07:00",
        opts={"date": "10-26-2026", "time": "10:15"},
        blocks=[
            P("Thực hiện kế hoạch y tế trường học năm học 2026–2027, nhà trường phối hợp với Trạm Y "
              "tế xã Hiệp An tổ chức khám sức khỏe định kỳ đợt 1 cho trẻ theo lịch sau:"),
            P("Ngày khám | Khối lớp | Thời gian", style="row"),
            P("Thứ Ba 03/11/2026 | Nhà trẻ, Mầm | 7 giờ 30 – 10 giờ 30", style="row"),
            P("Thứ Tư 04/11/2026 | Chồi | 7 giờ 30 – 10 giờ 30", style="row"),
            P("Thứ Năm 05/11/2026 | Lá | 7 giờ 30 – 10 giờ 30", style="row"),
            P("Đề nghị phụ huynh cho trẻ đi học đầy đủ, đúng giờ trong các ngày khám và mang theo "
              "sổ theo dõi sức khỏe của trẻ."),
            _right("BBT"),
        ],
    ),
    Story(
        id=5,
        slug="goi-y-thuc-don-bua-sang-cho-tre-mau-giao",
        title="Gợi ý thực đơn bữa sáng cho trẻ mẫu giáo",
        cat="goc-phu-huynh",
        published_at="2026-11-02T14:00:00+07:00",
        opts={"date": "11-02-2026", "time": "14:00"},
        summary="Bữa sáng cung cấp khoảng 25% năng lượng cả ngày của trẻ; bỏ bữa sáng khiến trẻ "
                "mệt mỏi, kém tập trung trong các giờ học ở lớp.",
        blocks=[
            P("Bữa sáng cung cấp khoảng 25% năng lượng cả ngày của trẻ; bỏ bữa sáng khiến trẻ "
              "mệt mỏi, kém tập trung trong các giờ học ở lớp.", style="b"),
            P("Bộ phận dinh dưỡng của trường gợi ý một số món sáng dễ làm, đủ chất:"),
            P("Cháo thịt bằm nấu bí đỏ, thêm một ly sữa tươi không đường;", style="li"),
            P("Bánh mì trứng ốp la, chuối chín và nước cam;", style="li"),
            P("Phở gà ít hành, ăn kèm rau thơm cắt nhỏ;", style="li"),
            P("Xôi đậu xanh với ruốc thịt heo và một hộp sữa chua.", style="li"),
            P("Phụ huynh nên cho trẻ ăn sáng trước 7 giờ 15 để trẻ kịp vào lớp, tránh vừa đi đường "
              "vừa ăn."),
            _right("Bộ phận Y tế – Dinh dưỡng"),
        ],
        authors=["Bộ phận Y tế – Dinh dưỡng"],
    ),
    Story(
        id=6,
        slug="hoi-thi-be-voi-an-toan-giao-thong-nam-hoc-2026-2027",
        title="Hội thi “Bé với an toàn giao thông” năm học 2026–2027",
        cat="hoat-dong",
        published_at="2026-11-06T07:45:00+07:00",
        opts={"date": "11-06-2026", "time": "07:45"},
        blocks=[
            P("Sáng ngày 05/11/2026, Trường Mầm non Họa Mi tổ chức Hội thi “Bé với an toàn giao "
              "thông” cho trẻ khối Lá với sự tham gia của 6 đội thi."),
            P("Các đội trải qua ba phần thi: chào hỏi, hiểu biết về luật giao thông và phần thi "
              "thực hành đi đúng làn đường trên sa bàn được dựng tại sân trường."),
            Img("data/images/2026/atgt-1.jpg", printed="(Đội lớp Lá 2 trong phần thi thực hành)",
                caption="Đội lớp Lá 2 trong phần thi thực hành", style="next_p"),
            P("Kết quả: giải Nhất thuộc về đội lớp Lá 2, giải Nhì đội lớp Lá 1, giải Ba đội lớp "
              "Lá 3; các đội còn lại nhận giải Khuyến khích."),
            Raw('<p style="text-align: right;"><em>Bài: Nguyễn Thị Hồng Nhung - Ảnh: Đinh Văn '
                'Tuấn</em></p>'),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Đinh Văn Tuấn"],
    ),
    Story(
        id=7,
        slug="ke-hoach-to-chuc-hoi-thi-be-khoe-be-ngoan",
        title="Kế hoạch tổ chức Hội thi Bé khỏe – Bé ngoan",
        cat="thong-bao",
        published_at="2026-11-10T20:30:00+07:00",
        opts={"date": "11-10-2026", "time": "20:30"},
        blocks=[
            Raw('<p style="text-align: center;"><strong><span style="font-size: 14pt;">KẾ HOẠCH TỔ '
                'CHỨC HỘI THI BÉ KHỎE – BÉ NGOAN</span></strong></p>'),
            P("Nhằm nâng cao chất lượng giáo dục phát triển vận động cho trẻ, nhà trường xây dựng "
              "kế hoạch tổ chức Hội thi Bé khỏe – Bé ngoan năm học 2026–2027 như sau."),
            P("I. Mục đích, yêu cầu", style="h"),
            P("Tạo cơ hội cho trẻ được thể hiện sự nhanh nhẹn, khéo léo và tinh thần đồng đội; "
              "thu hút phụ huynh cùng tham gia các hoạt động của trường."),
            P("II. Thời gian, địa điểm", style="h"),
            P("Hội thi diễn ra vào sáng thứ Bảy ngày 12/12/2026 tại sân trường điểm chính, thôn "
              "Hiệp Thuận, xã Hiệp An."),
            P("III. Nội dung thi", style="h"),
            P("Mỗi lớp cử 8 bé (4 trai, 4 gái) tham gia các phần thi: đồng diễn thể dục, bật xa, "
              "ném trúng đích và trò chơi tiếp sức."),
            Raw('<p>Tải về: <a href="data/files/ke-hoach-hoi-thi-be-khoe-be-ngoan.pdf">'
                'ke-hoach-hoi-thi-be-khoe-be-ngoan.pdf</a></p>'),
            _right("Ban Giám hiệu", bold=True),
        ],
        authors=["Ban Giám hiệu"],
    ),
    Story(
        id=8,
        slug="co-giao-tre-thi-lam-do-dung-day-hoc-tu-nguyen-lieu-tai-che",
        title="Cô giáo trẻ thi làm đồ dùng dạy học từ nguyên liệu tái chế",
        cat="hoat-dong",
        published_at="2026-11-13T11:10:00+07:00",
        opts={"date": "11-13-2026", "time": "11:10"},
        blocks=[
            P("Trong hai ngày 11 và 12/11, 18 giáo viên của trường đã tham gia hội thi làm đồ dùng "
              "dạy học từ nguyên liệu tái chế cấp trường."),
            P("Từ vỏ chai nhựa, lõi giấy vệ sinh, nắp chai và vải vụn, các cô đã làm ra những bộ "
              "đồ chơi học toán, sa bàn giao thông, rối tay và bảng chun học hình."),
            Img("data/images/2026/do-dung-tai-che.jpg", printed="Bộ sa bàn “Bé đi đường” của cô Yến",
                caption="Bộ sa bàn “Bé đi đường” của cô Yến", style="table"),
            P("Ban giám khảo đã chọn 5 sản phẩm xuất sắc để dự thi cấp huyện vào tháng 12."),
            _right("Tin: Hoàng Thị Yến – Ảnh: Lê Thị Thanh Tâm"),
        ],
        authors=["Hoàng Thị Yến"],
        photographers=["Lê Thị Thanh Tâm"],
    ),
    Story(
        id=9,
        slug="tung-bung-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Tưng bừng chào mừng ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong",
        published_at="2026-11-19T09:00:00+07:00",
        opts={"date": "11-19-2026", "time": "09:00"},
        summary="Sáng 19/11, trong không khí rộn ràng, thầy trò Trường Mầm non Họa Mi tổ chức "
                "buổi văn nghệ chào mừng 44 năm ngày Nhà giáo Việt Nam.",
        blocks=[
            P("Sáng 19/11, trong không khí rộn ràng, thầy trò Trường Mầm non Họa Mi tổ chức "
              "buổi văn nghệ chào mừng 44 năm ngày Nhà giáo Việt Nam.", style="b"),
            P("Đến dự có đại diện lãnh đạo UBND xã Hiệp An, Ban đại diện cha mẹ học sinh cùng "
              "đông đủ cán bộ, giáo viên, nhân viên nhà trường."),
            Img("data/images/2026/20-11-thumb-1.jpg", printed=None, caption=None, style="lightbox"),
            P("Những tiết mục múa hát do các bé khối Lá, khối Chồi biểu diễn đã mang lại nhiều "
              "cảm xúc cho thầy cô và phụ huynh."),
            Img("data/images/2026/20-11-2.jpg", printed="Ảnh: Đinh Văn Tuấn", caption=None,
                style="next_p"),
            P("Cảm xúc ngày 20/11", style="h"),
            P("Cô Võ Thị Kim Oanh, Hiệu trưởng nhà trường, gửi lời cảm ơn tới phụ huynh đã luôn "
              "đồng hành cùng nhà trường trong việc chăm sóc, giáo dục trẻ."),
            _right("Người viết: Trần Thị Mai Anh"),
        ],
        authors=["Trần Thị Mai Anh"],
        photographers=["Đinh Văn Tuấn"],
    ),
    Story(
        id=10,
        slug="cha-me-nen-lam-gi-khi-tre-bieng-an",
        title="Cha mẹ nên làm gì khi trẻ biếng ăn?",
        cat="goc-phu-huynh",
        published_at="2026-11-24T15:30:00+07:00",
        opts={"date": "11-24-2026", "time": "15:30"},
        blocks=[
            P("Biếng ăn là tình trạng thường gặp ở trẻ từ 1 đến 6 tuổi, có thể kéo dài và ảnh "
              "hưởng đến sự phát triển thể chất của trẻ."),
            P("Không ép trẻ ăn, không cho trẻ vừa ăn vừa xem điện thoại.", style="li"),
            P("Chia nhỏ bữa ăn, thay đổi món thường xuyên, trình bày món ăn bắt mắt.", style="li"),
            P("Cho trẻ vận động ngoài trời để trẻ thấy đói và ăn ngon hơn.", style="li"),
            P("Nếu trẻ biếng ăn kéo dài kèm sụt cân, cha mẹ nên đưa trẻ đi khám dinh dưỡng.",
              style="quote"),
            Raw('<p style="text-align: right;"><em>Theo báo Sức khỏe và Đời sống</em></p>'),
        ],
        source="báo Sức khỏe và Đời sống",
    ),
    Story(
        id=11,
        slug="thong-bao-nghi-hoc-do-anh-huong-cua-ap-thap-nhiet-doi",
        title="Thông báo nghỉ học do ảnh hưởng của áp thấp nhiệt đới",
        cat="thong-bao",
        published_at="2026-11-27T08:00:00+07:00",
        opts={"date": "11-27-2026", "time": "08:00"},
        blocks=[
            P("Do ảnh hưởng của áp thấp nhiệt đới, trên địa bàn huyện Đức Trọng có mưa to kéo dài.",
              style="br"),
            P("Thực hiện công văn của Phòng GD&ĐT huyện, nhà trường cho trẻ nghỉ học ngày "
              "28/11/2026 (thứ Bảy không tổ chức giữ trẻ).", style="br"),
            P("Trẻ đi học lại bình thường từ thứ Hai ngày 30/11/2026.", style="br"),
            P("Phụ huynh theo dõi nhóm Zalo của lớp để nhận thông tin mới nhất."),
            _right("Người đăng: admin"),
        ],
    ),
    Story(
        id=12,
        slug="be-lop-la-1-trai-nghiem-lam-banh-bong-lan",
        title="Bé lớp Lá 1 trải nghiệm làm bánh bông lan",
        cat="hoat-dong",
        published_at="2026-12-02T16:05:00+07:00",
        opts={"date": "12-02-2026", "time": "16:05"},
        blocks=[
            P("Chiều 02/12, lớp Lá 1 biến thành một “tiệm bánh” nhỏ khi các bé được cô hướng dẫn "
              "làm bánh bông lan.", style="smile:smiley-cool:Ngầu"),
            Img("data/images/2026/bong-lan-1.jpg", printed="Bé Gia Hân đánh trứng cùng cô",
                caption="Bé Gia Hân đánh trứng cùng cô", style="inline_br"),
            P("Bé được tự đập trứng, đong bột, đánh đều hỗn hợp rồi đổ vào khuôn; trong lúc chờ "
              "bánh chín, cô kể cho bé nghe về các loại bánh truyền thống."),
            Img("data/images/2026/bong-lan-2.jpg", printed="(Thành quả của cả lớp)",
                caption="Thành quả của cả lớp", style="next_p"),
            P("Buổi trải nghiệm giúp trẻ rèn sự khéo léo, biết chờ đợi và chia sẻ với bạn bè."),
            _right("Trần Thị Mai Anh – GV lớp Lá 1"),
        ],
        authors=["Trần Thị Mai Anh"],
    ),
    Story(
        id=13,
        slug="thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-18-24-thang-tuoi",
        title="Thông báo tuyển sinh bổ sung trẻ nhà trẻ 18–24 tháng tuổi",
        cat="thong-bao",
        published_at="2026-12-04T10:20:00+07:00",
        opts={"date": "12-04-2026", "time": "10:20"},
        blocks=[
            P("Trường Mầm non Họa Mi thông báo tuyển sinh bổ sung 15 trẻ nhà trẻ từ 18 đến 24 tháng "
              "tuổi cho nhóm trẻ mới mở tại điểm trường thôn Hiệp Thuận."),
            P("Hồ sơ gồm: đơn xin học theo mẫu, bản sao giấy khai sinh, bản sao sổ tiêm chủng của "
              "trẻ."),
            P("Thời gian nhận hồ sơ: từ ngày 07/12 đến hết ngày 18/12/2026, trong giờ hành chính, "
              "tại văn phòng nhà trường."),
            P("Mọi chi tiết xin liên hệ cô Oanh, điện thoại 0263 3841 257."),
        ],
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)

#: comments under some posts: (name printed, m-d-Y, H:i, message lines)
REACTIONS: dict[int, list[tuple[str, str, str, list[str]]]] = {
    1: [("Phụ huynh bé Bơ", "10-09-2026", "19:12",
         ["Con về kể suốt buổi tối về vườn rau, cảm ơn các cô ạ!"])],
    6: [("Mẹ bé Su Su", "11-06-2026", "21:40", ["Chúc mừng đội Lá 2!", "Các con giỏi quá."]),
        ("Cô Mai Anh (GV lớp Lá 1)", "11-07-2026", "06:55",
         ["Cảm ơn chị, lớp Lá 1 sẽ cố gắng hơn ở hội thi sau ạ."])],
    9: [("Ba bé Khoa", "11-19-2026", "12:30", ["Buổi văn nghệ rất ý nghĩa, các bé múa đẹp lắm."])],
    12: [("Phụ huynh bé Gia Hân", "12-02-2026", "20:05",
          ["Bánh bé mang về cả nhà ăn hết luôn, ngon lắm cô ơi."]),
         ("Bà nội bé Tin", "12-03-2026", "07:18", ["Cảm ơn cô Mai Anh và các cô lớp Lá 1."])],
}


def _post_target(slug: str, page: str = "tin-tuc") -> str:
    return f"?file={page}&amp;module=blog&amp;page=viewpost&amp;post={slug}"


# --- content rendering ------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "inline_br":
        return (f'<p style="text-align: center;"><img src="{src}" alt="" width="480" height="360" />'
                f"<br /><em>{esc(img.printed or '')}</em></p>")
    if img.style == "next_p":
        return (f'<p style="text-align: center;"><img src="{src}" alt="" width="480" height="320" /></p>\n'
                f'<p style="text-align: center;"><span style="font-size: 8pt;"><em>'
                f"{esc(img.printed or '')}</em></span></p>")
    if img.style == "table":
        return ('<table style="margin-left: auto; margin-right: auto;" border="0"><tbody>'
                f'<tr><td><img src="{src}" alt="" width="450" height="300" /></td></tr>'
                f'<tr><td style="text-align: center;"><span style="font-size: 8pt;">'
                f"{esc(img.printed or '')}</span></td></tr></tbody></table>")
    if img.style == "lightbox":
        full = esc(img.src.replace("-thumb-", "-full-"))
        return (f'<p style="text-align: center;"><a href="{full}" rel="lightbox[20-11]" '
                f'title="Các bé khối Lá tặng hoa thầy cô"><img src="{src}" alt="" width="300" '
                'height="200" /></a></p>')
    if img.style == "alt_only":
        return f'<p><img src="{src}" alt="{esc(img.printed or "")}" width="400" height="300" /></p>'
    raise ValueError(img.style)


def _p_inner(p: P) -> str:
    inner = esc(p.text)
    if p.style.startswith("smile:"):
        _, name, alt = p.style.split(":")
        inner += " " + SMILE.format(name=name, alt=alt)
    return inner


def render_content(story: Story) -> str:
    """The post's HTML as TinyMCE stored it (``div#blog_post_content`` inner markup)."""
    form = story.opts.get("form", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html if form != "bare" else esc(_html.unescape(b.html)))
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
            i += 1
            continue
        # runs of list items, table rows, br-lines
        for kind in ("li", "row", "br"):
            if b.style == kind:
                run = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                    run.append(blocks[i])
                    i += 1
                if kind == "li":
                    out.append("<ul>\n" + "\n".join(f"<li>{esc(x.text)}</li>" for x in run) + "\n</ul>")
                elif kind == "row":
                    rows = []
                    for n, x in enumerate(run):
                        tag = "td"
                        cells = "".join(
                            (f"<{tag}><strong>{esc(c)}</strong></{tag}>" if n == 0 else f"<{tag}>{esc(c)}</{tag}>")
                            for c in x.text.split(" | ")
                        )
                        rows.append(f"<tr>{cells}</tr>")
                    out.append('<table style="width: 100%;" border="1" cellspacing="0" cellpadding="4">'
                               "<tbody>" + "".join(rows) + "</tbody></table>")
                else:
                    out.append("<p>" + "<br />\n".join(esc(x.text) for x in run) + "</p>")
                break
        else:
            if form == "bare":
                out.append(_p_inner(b) + "<br /><br />")
            elif form == "mso":
                out.append(f'<p class="MsoNormal" style="text-align: justify;"><span style="font-size: '
                           f"12.0pt; font-family: 'Times New Roman','serif';\">{_p_inner(b)}</span>"
                           "<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
            elif b.style == "b":
                out.append(f"<p><strong>{_p_inner(b)}</strong></p>")
            elif b.style == "h":
                out.append(f'<p><strong><span style="color: #0000ff;">{_p_inner(b)}</span></strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{_p_inner(b)}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{_p_inner(b)}</p>')
            i += 1
            continue
    return "\n".join(out) + ("\n<p>&nbsp;</p>" if form == "p" else "")


def _info(story: Story) -> str:
    return f"{story.opts['date']} lúc {story.opts['time']} trong {CATS[story.cat]}"


def _plain(story: Story) -> str:
    return " ".join(p.text for p in story.blocks if isinstance(p, P))


def _truncate(text_: str, n: int = 200) -> str:
    return text_[:n].rstrip() + "..."


# --- page chrome --------------------------------------------------------------------------------

MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("doi-ngu", "Đội ngũ giáo viên")]),
    ("tin-tuc", "Tin tức", []),
    ("thuc-don", "Thực đơn", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for key, label, subs in MENU:
        cls = ' class="active"' if key == active or any(s == active for s, _ in subs) else ""
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="?file={s}" title="{esc(t)}">{esc(t)}</a></li>'
                                   for s, t in subs) + "</ul>"
        items.append(f'<li><a href="?file={key}" title="{esc(label)}"{cls}>{esc(label)}</a>{sub}</li>')
    return "<ul>" + "".join(items) + "</ul>"


def _submenu(active: str) -> str:
    for key, _label, subs in MENU:
        if subs and (key == active or any(s == active for s, _ in subs)):
            active_cls = ' class="active"'
            return "<ul>" + "".join(
                f'<li><a href="?file={s}"{active_cls if s == active else ""}>{esc(t)}</a></li>'
                for s, t in subs) + "</ul>"
    return ""


def _main_area() -> str:
    newest = "".join(
        f'<li><a href="/tin-tuc/viewpost/{s.slug}">{esc(s.title)}</a></li>' for s in NEWEST[:5]
    )
    cats = "".join(f'<li><a href="?file=tin-tuc&amp;cat={k}">{esc(v)}</a></li>' for k, v in CATS.items())
    return f"""
<div style="margin-top: 25px; border-top: 1px dotted #999;">
<table width="100%" cellpadding="3"><tr>
<td valign="top" width="50%"><b>Bài viết mới</b><ul style="font-size: 11px;">{newest}</ul></td>
<td valign="top"><b>Chuyên mục</b><ul style="font-size: 11px;">{cats}</ul>
<b>Liên kết</b><ul style="font-size: 11px;">
<li><a href="https://pgddductrong.lamdong.edu.vn/" target="_blank">Phòng GD&amp;ĐT Đức Trọng</a></li>
<li><a href="https://www.facebook.com/mamnonhoamiductrong" target="_blank">Facebook của trường</a></li>
</ul>
<div style="font-size: 11px;">Đang online: 3<br />Hôm nay: 41<br />Tổng truy cập: 58.213</div></td>
</tr></table></div>"""


def page(request: Request, *, title: str, active: str, content: str, base: bool = False) -> Response:
    base_tag = f'<base href="{base_url(request)}/" />\n' if base else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{base_tag}<title>{esc(title)} - {SITE_TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="pluck 4.7" />
<meta name="description" content="Trường Mầm non Họa Mi - huyện Đức Trọng, tỉnh Lâm Đồng. Nơi bé vui chơi, học tập và trưởng thành." />
<meta name="keywords" content="mầm non, họa mi, đức trọng, lâm đồng" />
<link href="data/themes/oldstyle/style.css" rel="stylesheet" type="text/css" media="screen" />
<link href="data/modules/blog/module_style.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="data/image/favicon.ico" />
</head>

<body>
<div class="head">
\t<div class="header">
\t\t<div class="headerkop">{SITE_TITLE}<br /><span style="font-size: 12px;">Huyện Đức Trọng - Tỉnh Lâm Đồng &nbsp;|&nbsp; {HEADER_TODAY}</span></div>
\t\t<div class="menu">
\t\t\t{_menu(active)}
\t\t</div>
\t</div>

\t<div class="content">
\t\t<div class="submenu">
\t\t\t\t{_submenu(active)}
\t\t</div>
\t\t<div class="kop">{esc(title)}</div>
\t\t<div class="txt">
\t\t\t{content}
\t\t\t{_main_area()}
\t\t</div>
\t\t<div style="clear: both;"> </div>
\t\t<div class="footer">
\t\t\t<p>Trường Mầm non Họa Mi - Thôn Hiệp Thuận, xã Hiệp An, huyện Đức Trọng, tỉnh Lâm Đồng<br />
\t\t\tĐiện thoại: 0263 3841 257 - Email: mnhoami.ductrong@lamdong.edu.vn<br />
\t\t\t&copy; 2026 Trường Mầm non Họa Mi</p>
\t\t\t&gt;&gt; <a href="login.php">admin</a>
\t\t\t<br />powered by <a href="http://www.pluck-cms.org">pluck</a>
\t\t</div>
\t</div>
</div>
</body>
</html>"""
    return html(doc)


# --- page bodies -------------------------------------------------------------------------------


def _reactions_html(story: Story) -> str:
    items = REACTIONS.get(story.id, [])
    count = f"{len(items)} bình luận" if items else "Chưa có bình luận"
    out = [f'<div id="blog_reactions">\n<p>{count}</p>']
    for n, (name, day, time_, lines) in enumerate(items, 1):
        msg = "<br />".join(esc(x) for x in lines)
        out.append(f"""<div class="blog_reaction" id="reaction{n}">
<p class="blog_reaction_name">{esc(name)}:</p>
<span class="blog_reaction_info"><a href="#reaction{n}">{day} lúc {time_}</a></span>
<p class="blog_reaction_message">{msg}</p>
</div>""")
    out.append("""<form id="blog_post_form" method="post" action="">
<div>
<label for="blog_reaction_name">Họ tên</label><br /><input name="blog_reaction_name" id="blog_reaction_name" type="text" /><br />
<label for="blog_reaction_email">Email</label><br /><input name="blog_reaction_email" id="blog_reaction_email" type="text" /><br />
<label for="blog_reaction_website">Website</label><br /><input name="blog_reaction_website" id="blog_reaction_website" type="text" value="http://" /><br />
<label for="blog_reaction_message">Nội dung</label><br /><textarea name="blog_reaction_message" id="blog_reaction_message" rows="7" cols="45"></textarea><br />
<input type="submit" name="submit" value="Gửi" />
</div>
</form>
</div>""")
    return "\n".join(out)


def viewpost(request: Request, story: Story, active: str, rewritten: bool) -> Response:
    content = f"""<div id="blog_post">
\t<span id="blog_post_info">
\t\t{_info(story)}
\t</span>
\t<div id="blog_post_content">
{render_content(story)}
\t</div>
</div>
{_reactions_html(story)}
<p>
\t<a href="javascript: history.go(-1)" title="Quay lại">&lt;&lt;&lt; Quay lại</a>
</p>"""
    return page(request, title=story.title, active=active, content=content, base=rewritten)


def _pages_line(total: int, current: int, extra: str) -> str:
    links = []
    for n in range(1, total + 1):
        if n == current:
            links.append(f"<strong>{n}</strong>")
        else:
            links.append(f'<a href="?file=tin-tuc{extra}&amp;pagenr={n}">{n}</a>')
    return "<p>Trang: " + " ".join(links) + "</p>"


def _list_item(story: Story, page_name: str, full: bool) -> str:
    target = _post_target(story.slug, page_name)
    body = render_content(story) if full else esc(_truncate(_plain(story)))
    n = len(REACTIONS.get(story.id, []))
    more = f"{n} bình luận" if n else "Đọc tiếp"
    return f"""<div class="blog_post">
\t<p class="blog_post_title">
\t\t<a href="{target}" title="{esc(story.title)}">{esc(story.title)}</a>
\t</p>
\t<span class="blog_post_info">
\t\t{_info(story)}
\t</span>
\t<div class="blog_post_content">
{body}
\t</div>
\t<p class="blog_post_more">
\t\t<a href="{target}" title="{more}">&raquo; {more}</a>
\t</p>
</div>"""


def blog_list(request: Request, cat: str | None, pagenr: int) -> Response | None:
    posts = [s for s in NEWEST if cat is None or s.cat == cat]
    total = (len(posts) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= pagenr <= total:
        return None
    chunk = posts[(pagenr - 1) * PER_PAGE: pagenr * PER_PAGE]
    extra = f"&amp;cat={cat}" if cat else ""
    intro = f"<p>Chuyên mục: <strong>{esc(CATS[cat])}</strong></p>" if cat else ""
    content = intro + "\n".join(_list_item(s, "tin-tuc", True) for s in chunk)
    content += "\n" + _pages_line(total, pagenr, extra)
    return page(request, title="Tin tức", active="tin-tuc", content=content)


def home(request: Request) -> Response:
    content = """<p style="text-align: center;"><img src="data/images/cong-truong.jpg" alt="Cổng trường" width="560" height="220" /></p>
<p>Chào mừng quý phụ huynh đến với trang thông tin của Trường Mầm non Họa Mi. Trang do tổ chuyên môn
cập nhật các hoạt động của bé, thông báo của nhà trường và kiến thức nuôi dạy trẻ.</p>
<p><strong>Tin mới nhất</strong></p>
""" + "\n".join(_list_item(s, "trang-chu", False) for s in NEWEST[:3])
    return page(request, title="Trang chủ", active="trang-chu", content=content)


STATIC_PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": ("Giới thiệu", """<p>Trường Mầm non Họa Mi được thành lập năm 1998, đóng tại thôn Hiệp Thuận,
xã Hiệp An, huyện Đức Trọng. Năm học 2026–2027 trường có 14 nhóm, lớp với 392 trẻ.</p>
<p>Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng giáo dục cấp độ 2.</p>
<p><img src="data/images/toan-canh-truong.jpg" alt="" width="500" height="300" /></p>"""),
    "doi-ngu": ("Đội ngũ giáo viên", """<table border="1" cellspacing="0" cellpadding="4"><tbody>
<tr><td><strong>Họ tên</strong></td><td><strong>Chức vụ</strong></td></tr>
<tr><td>Võ Thị Kim Oanh</td><td>Hiệu trưởng</td></tr>
<tr><td>Nguyễn Thị Hồng Nhung</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>Trần Thị Mai Anh</td><td>Tổ trưởng khối Lá</td></tr>
</tbody></table>"""),
    "thuc-don": ("Thực đơn", """<p><strong>Thực đơn tuần 1 tháng 12/2026</strong></p>
<table border="1" cellspacing="0" cellpadding="4"><tbody>
<tr><td>Thứ</td><td>Bữa trưa</td><td>Bữa xế</td></tr>
<tr><td>Thứ Hai</td><td>Cơm, thịt kho trứng, canh bí</td><td>Sữa chua</td></tr>
<tr><td>Thứ Ba</td><td>Cơm, cá sốt cà, canh cải</td><td>Chè đậu xanh</td></tr>
</tbody></table>"""),
    "thu-vien-anh": ("Thư viện ảnh", """<div class="album">
<a href="?file=thu-vien-anh&amp;module=albums&amp;page=viewalbum&amp;album=khai-giang-2026">
<img src="data/settings/modules/albums/khai-giang-2026/thumb/1.jpg" alt="" /></a>
<p><a href="?file=thu-vien-anh&amp;module=albums&amp;page=viewalbum&amp;album=khai-giang-2026">Lễ khai giảng năm học 2026–2027</a></p>
</div>"""),
    "lien-he": ("Liên hệ", """<p>Mọi ý kiến đóng góp xin gửi về nhà trường qua biểu mẫu dưới đây.</p>
<form method="post" action="" id="contactform"><div>
<label for="contactform_name">Họ tên</label><br /><input name="contactform_name" id="contactform_name" type="text" /><br />
<label for="contactform_sender">Email</label><br /><input name="contactform_sender" id="contactform_sender" type="text" /><br />
<label for="contactform_message">Nội dung</label><br /><textarea name="contactform_message" id="contactform_message" rows="7" cols="45"></textarea><br />
<input type="submit" name="contactform_submit" value="Gửi" />
</div></form>"""),
}

ALBUM = ("Lễ khai giảng năm học 2026–2027", "".join(
    f'<a href="data/settings/modules/albums/khai-giang-2026/{n}.jpg" rel="lightbox[album]">'
    f'<img src="data/settings/modules/albums/khai-giang-2026/thumb/{n}.jpg" alt="" /></a> '
    for n in range(1, 5)))

LOGIN = """<!DOCTYPE html><html><head><title>pluck 4.7 - đăng nhập</title></head><body>
<form action="" method="post"><input name="cont1" type="password" /><input type="submit" name="submit" value="Đăng nhập" /></form>
</body></html>"""


class PluckSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/login.php":
            return html(LOGIN)
        if path == "/data/files/ke-hoach-hoi-thi-be-khoe-be-ngoan.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        m = re.fullmatch(r"/tin-tuc/viewpost/([a-z0-9-]+)", path)
        if m and not request.query:
            story = BY_SLUG.get(m.group(1))
            return viewpost(request, story, "tin-tuc", True) if story else None
        if path.startswith("/data/"):
            return static_file(path)
        if path != "/":
            return None
        if not request.query:
            return home(request)
        file_ = params.get("file", "trang-chu")
        if params.get("module") == "blog":
            if params.get("page") != "viewpost" or file_ not in ("tin-tuc", "trang-chu"):
                return None
            story = BY_SLUG.get(params.get("post", ""))
            if story is None or set(params) != {"file", "module", "page", "post"}:
                return None
            return viewpost(request, story, file_, False)
        if params.get("module") == "albums":
            if (file_, params.get("page"), params.get("album")) != (
                "thu-vien-anh", "viewalbum", "khai-giang-2026") or len(params) != 4:
                return None
            return page(request, title=ALBUM[0], active="thu-vien-anh", content=ALBUM[1])
        if file_ == "tin-tuc":
            if not set(params) <= {"file", "cat", "pagenr"}:
                return None
            cat = params.get("cat")
            if cat is not None and cat not in CATS:
                return None
            try:
                pagenr = int(params.get("pagenr", "1"))
            except ValueError:
                return None
            return blog_list(request, cat, pagenr)
        if set(params) != {"file"}:
            return None
        if file_ == "trang-chu":
            return home(request)
        if file_ in STATIC_PAGES:
            title, content = STATIC_PAGES[file_]
            return page(request, title=title, active=file_, content=content)
        return None


def build_site() -> PluckSite:
    return PluckSite()


def _gold(story: Story) -> dict:
    path = f"/?file=tin-tuc&module=blog&page=viewpost&post={story.slug}"
    return gold_record(
        story,
        path,
        CATS[story.cat],
        alt_paths=[
            f"/tin-tuc/viewpost/{story.slug}",
            f"/?file=trang-chu&module=blog&page=viewpost&post={story.slug}",
        ],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/?file=gioi-thieu",
    "/?file=doi-ngu",
    "/?file=thuc-don",
    "/?file=thu-vien-anh",
    "/?file=thu-vien-anh&module=albums&page=viewalbum&album=khai-giang-2026",
    "/?file=lien-he",
]
