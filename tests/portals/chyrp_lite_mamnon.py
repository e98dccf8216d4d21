"""Chyrp Lite 2023 with a customised "Blossom" theme: Trường Mầm non Hoa Sen, thành phố Tuyên Quang.

Platform: Chyrp Lite (PHP blog engine) 2023.x, feathers ``text``, ``photo``, ``quote``, ``link``;
modules ``comments``, ``tags``, ``categorize``, ``read_more``; Markdown (Parsedown Extra) text.
The school's theme is Blossom re-skinned by a local vendor (Vietnamese class names, a header
clock, a sidebar with archives, tag cloud, most-read, visitor counter and poll).

URL scheme (clean URLs on):
- ``/`` home listing, 4 posts a page, older pages ``/page/<N>/`` (only "« Mới hơn" / "Cũ hơn »"
  links, no page numbers); ``/page/1/`` is the home again;
- posts ``/<yyyy>/<mm>/<dd>/<url>/`` (the day in the URL is the UTC day the post was saved);
  every post also answers ``/?action=view&url=<url>`` (the dirty-URL form the October archive
  prints); a post URL without its trailing slash is a 301 to the slashed one;
- ``/category/<slug>/`` (and ``/category/<slug>/page/<N>/``), ``/tag/<slug>/``,
  ``/archive/<yyyy>/<mm>/``, static pages ``/<page-url>/``;
- search ``/?action=search&query=…`` (GET form in the sidebar), Atom feed ``/feed/``;
- images: ``/uploads/<file>`` (Markdown images) and ``/includes/thumbnail.php?file=…&max_width=…``
  (the photo feather's resized image, linked to the full-size ``/uploads/<file>``).

Page templates: listing (home, page N, category, tag), archive month (title list), post page
(text / photo / link / quote feather, footer line, comments, prev/next, related), static page.

How each gold article is reached: home pages 1–4 list all 14 posts (13 articles and one quote
post); categories list theirs ("Hoạt động của bé" has a page 2 holding only the oldest post);
the October archive links its posts in the ``?action=view&url=`` form; tags and the sidebar's
most-read block add more links. Posts 20, 19 and 18 are reached from the home page only through
``/page/3/`` and ``/page/4/``.

Traps:
1. Photo feather: the post's text is printed inside ``<div class="caption">`` under the image
   (Chyrp's field for a photo post's text is called "caption"). Gold: those paragraphs are the
   body; the photo itself has no caption (its ``alt`` is only the file name "IMG_2041.jpg").
2. Photo feather image: ``<img src="/includes/thumbnail.php?file=…&amp;max_width=960&amp;…">``
   wrapped in a link to ``/uploads/<file>``. Gold image path: the thumbnailer URL as the ``src``
   prints it, ``&amp;`` read as ``&``.
3. Dates: the footer prints "28 tháng Mười Một, 2026 lúc 08:15" (month in words), while
   ``<time datetime>`` carries the instant in UTC with a "Z" ("2026-11-28T01:15:00Z") and the
   URL carries the UTC day: post 30 was saved at 06:20 on 3 Dec local time, its URL says
   ``/2026/12/02/`` and its datetime attribute says 2 Dec 23:20Z. Gold: the local time with
   +07:00 ("2026-12-03T06:20:00+07:00"), never the URL's day.
4. A post printed "lúc 00:00" (post 19, datetime "2026-10-14T17:00:00Z", URL day 14): gold is
   the day alone, "2026-10-15".
5. "đã sửa 02/12/2026 10:03" (updated) follows the publication date in the footer and is the
   only numeric date there; comments carry numeric dates too ("03/12/2026 lúc 20:11"). Gold: the
   publication date only.
6. Link feather (post 24): the headline ``<h2><a rel="external">`` goes to baotuyenquang.com.vn;
   the post's own page is reached only from the footer's time link (permalink). Gold: an article
   at its permalink whose body is the ``<div class="description">`` text, title the link's name,
   source "Báo Tuyên Quang điện tử" (closing "Theo …" line).
7. Quote feather (post 26): a post with no title, only a ``<blockquote>`` and ``<cite>``; listed
   among the posts and in the feed. Not an article (NON_ARTICLES).
8. Comments module: each comment's text is a ``<blockquote><p>`` inside ``<ol class="comments">``
   after the post, with a name and a date. Not body, not authors.
9. Parsedown Extra footnotes (post 27): ``<sup id="fnref1:…"><a class="footnote-ref">1</a></sup>``
   after a word, notes in ``<div class="footnotes"><hr><ol><li>…&#8617;</li></ol></div>`` after
   the source line. Gold: the superscript number is no text; each note is a body paragraph (the
   back-reference arrow ↩ is no text), after the paragraphs; the source line is not body.
10. Markdown hard line breaks: a recited poem (post 25) is one ``<p>`` with ``<br />`` lines.
    Gold: each line a paragraph.
11. Read more: listings print every post, short ones in full and long ones up to ``<!--more-->``
    with "Đọc tiếp »"; a listing page looks like an article. Gold: only permalinks are articles.
12. The same post is linked three or four times per listing (headline, time permalink,
    "Đọc tiếp »", "N bình luận" → ``#comments``) and from the October archive in the
    ``/?action=view&url=`` form, which serves the same page (alt_paths).
13. Chrome: ``<h1>`` is the school's name on every page, the post headline is an ``<h2>``; the
    footer prints "bởi quantri" (the CMS account: nobody); breadcrumb carries the category.
14. An official notice (post 29) with the letterhead table, "Số: …", "Tuyên Quang, ngày 30
    tháng 11 năm 2026", "THÔNG BÁO / Về việc …" and "Nơi nhận" + signer table. Gold: its date
    is the letterhead day "2026-11-30" (the post was saved 1 Dec), author the signer's name,
    letterhead/kind/subject/closing not body.
15. Bylines in the Markdown as right-aligned raw HTML paragraphs: "Tin, ảnh: Lò Thị Mai",
    "Tin: Lê Thu Trang - Ảnh: Đỗ Minh Khôi", "Bài: Phạm Thị Hương", "Ảnh: Hoàng Văn Dũng",
    a unit alone "Tổ Văn phòng"; Markdown image captions as an italic paragraph ``<p><em>…</em></p>``
    right under the image paragraph.

Gold decisions on ambiguous points:
- ``published_at`` is the footer's local date and time (+07:00) except for the notice (the
  letterhead day) and the midnight post (day alone).
- Image paths are the ``src`` as printed (the thumbnailer URL for photo-feather images).
- Footnote notes are body paragraphs after the text, without the ↩ arrow; no "Chú thích"
  heading is printed, none is invented.
- "Ảnh: Hoàng Văn Dũng" alone: a photographer, no author.
- A Markdown table row is one paragraph, cells joined by " | " (the header row included).
- ``summary``: the bold lead paragraph where a post opens with one (posts 31, 25), else null.
- ``category``: the categorize module's name as printed in the breadcrumb and footer.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "chyrp_lite_mamnon"
PLATFORM = "Chyrp Lite 2023 (Blossom theme, customised)"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Hoa Sen"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
_VN = timezone(timedelta(hours=7))

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "thong-bao": "Thông báo",
    "goc-phu-huynh": "Góc phụ huynh",
}
TAGS = {
    "ngay-hoi": "Ngày hội",
    "trai-nghiem": "Trải nghiệm",
    "suc-khoe": "Sức khỏe",
    "tuyen-sinh": "Tuyển sinh",
    "steam": "STEAM",
    "nha-giao": "Nhà giáo",
}
MONTHS = {10: "Mười", 11: "Mười Một", 12: "Mười Hai"}


def _thumb(name: str) -> str:
    return f"/includes/thumbnail.php?file={name}&max_width=960&max_height=0&quality=80"


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong><em>{esc(line)}</em></strong></p>')


_LETTERHEAD = Raw(
    '<table style="width:100%;border:0"><tbody><tr>'
    '<td style="text-align:center;width:45%">PHÒNG GD&amp;ĐT THÀNH PHỐ TUYÊN QUANG<br />'
    "<strong>TRƯỜNG MẦM NON HOA SEN</strong><br />Số: 57/TB-MNHS</td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
    "<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức Ngày hội mở đón phụ huynh đến thăm lớp</strong></p>"
)
_CLOSING = Raw(
    '<table style="width:100%;border:0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><em><strong>Nơi nhận:</strong></em><br />'
    "- Phụ huynh học sinh;<br />- Các nhóm, lớp;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Thị Thu Hà</strong></td>"
    "</tr></tbody></table>"
)


# (story, local created "YYYY-mm-dd HH:MM", feather, tags, updated, comments, more-split index)
def _stories() -> list[Story]:
    s: list[Story] = []
    s.append(Story(
        31, "hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        "Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026-2027",
        "tin-tuc-su-kien", "2026-12-04T15:40:00+07:00",
        [
            P("Sáng ngày 04/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” "
              "cấp trường với sự tham gia của 180 bé thuộc 6 lớp mẫu giáo.", "lead"),
            P("Hội thi nhằm đánh giá kết quả phát triển thể chất, kỹ năng vận động và nề nếp, "
              "thói quen vệ sinh của trẻ sau ba tháng đầu năm học."),
            Img("/uploads/2026/12/be-khoe-1.jpg", "Các bé lớp Mẫu giáo lớn A1 tham gia phần thi bật xa",
                "Các bé lớp Mẫu giáo lớn A1 tham gia phần thi bật xa", "md"),
            P("Các bé lần lượt tham gia ba phần thi: đồng diễn thể dục buổi sáng, vận động "
              "khéo léo (bật xa, ném bóng, đi trên ghế thể dục) và trò chơi dân gian."),
            P("Phần đồng diễn của lớp Mẫu giáo nhỡ B2 với bài “Em yêu trường em” được Ban giám "
              "khảo đánh giá cao về sự đồng đều và sáng tạo trong trang phục."),
            Img("/uploads/2026/12/be-khoe-2.jpg", "Ban giám khảo trao giải cho các đội",
                "Ban giám khảo trao giải cho các đội", "md"),
            P("Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba cho các "
              "đội; lớp Mẫu giáo lớn A1 giành giải Nhất toàn đoàn."),
            _right("Tin, ảnh: Lò Thị Mai"),
        ],
        authors=["Lò Thị Mai"], photographers=["Lò Thị Mai"],
        summary="Sáng ngày 04/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” "
        "cấp trường với sự tham gia của 180 bé thuộc 6 lớp mẫu giáo.",
        opts={"at": "2026-12-04 15:40", "feather": "text", "tags": ["ngay-hoi", "suc-khoe"],
              "comments": [("Phụ huynh bé Bống (A1)", "04/12/2026 lúc 20:11",
                            "Cảm ơn các cô đã tổ chức hội thi thật ý nghĩa cho các con!"),
                           ("Mẹ bé Minh Khang", "05/12/2026 lúc 07:02",
                            "Con về kể mãi về phần thi bật xa, cả nhà rất vui.")],
              "more": 2},
    ))
    s.append(Story(
        30, "be-mau-giao-lon-a1-trai-nghiem-lam-banh-troi",
        "Các bé lớp Mẫu giáo lớn A1 trải nghiệm làm bánh trôi",
        "hoat-dong-cua-be", "2026-12-03T06:20:00+07:00",
        [
            P("Trong tuần học chủ đề “Món ăn quê hương”, các bé lớp Mẫu giáo lớn A1 được cô giáo "
              "hướng dẫn tự tay làm bánh trôi từ bột nếp và đường phên."),
            P("Các bé được quan sát cô nhào bột, sau đó tự véo từng viên nhỏ, ấn dẹt, cho viên "
              "đường vào giữa rồi vo tròn."),
            Img("/uploads/2026/12/banh-troi.jpg", "Bé Khánh Linh khoe những viên bánh trôi đầu tiên",
                "Bé Khánh Linh khoe những viên bánh trôi đầu tiên", "md"),
            P("Qua hoạt động, trẻ được rèn sự khéo léo của đôi bàn tay, biết thêm về món ăn truyền "
              "thống và hào hứng chia sẻ thành quả với các bạn."),
            _right("Hoàng Thị Lan (GV lớp A1)"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"at": "2026-12-03 06:20", "feather": "text", "tags": ["trai-nghiem"]},
    ))
    s.append(Story(
        29, "thong-bao-to-chuc-ngay-hoi-mo-don-phu-huynh",
        "Thông báo tổ chức Ngày hội mở đón phụ huynh đến thăm lớp",
        "thong-bao", "2026-11-30",
        [
            _LETTERHEAD,
            P("Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Trường Mầm non Hoa Sen thông báo "
              "tổ chức Ngày hội mở đón phụ huynh đến thăm lớp như sau:"),
            P("1. Thời gian: từ 7 giờ 30 phút đến 10 giờ 30 phút, thứ Bảy ngày 12/12/2026."),
            P("2. Địa điểm: tại các nhóm, lớp và sân trường Mầm non Hoa Sen."),
            P("3. Nội dung: phụ huynh dự hoạt động học, hoạt động góc, giờ ăn của trẻ; trao đổi "
              "với giáo viên về sự tiến bộ của con."),
            P("Nhà trường trân trọng kính mời quý phụ huynh sắp xếp thời gian tham dự."),
            _CLOSING,
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"at": "2026-12-01 09:00", "feather": "text", "tags": []},
    ))
    s.append(Story(
        28, "be-vui-trai-nghiem-tai-vuon-rau-cua-be",
        "Bé vui trải nghiệm tại Vườn rau của bé",
        "hoat-dong-cua-be", "2026-11-28T08:15:00+07:00",
        [
            Img(_thumb("IMG_2041.jpg"), None, None, "photo"),
            P("Vườn rau của bé nằm phía sau dãy lớp mẫu giáo là nơi các bé được gieo hạt, tưới "
              "nước và theo dõi cây lớn lên từng ngày."),
            P("Sáng thứ Sáu, các bé lớp Mẫu giáo nhỡ B1 cùng cô giáo thu hoạch luống cải ngọt do "
              "chính tay các bé chăm sóc trong suốt một tháng."),
            Img("/uploads/2026/11/vuon-rau-2.jpg", "Luống cải ngọt đến ngày thu hoạch",
                "Luống cải ngọt đến ngày thu hoạch", "md"),
            P("Rau sau khi thu hoạch được chuyển xuống bếp ăn của trường để chế biến bữa trưa cho "
              "các bé."),
            _right("Ảnh: Hoàng Văn Dũng"),
        ],
        photographers=["Hoàng Văn Dũng"],
        opts={"at": "2026-11-28 08:15", "feather": "photo", "tags": ["trai-nghiem"],
              "updated": "02/12/2026 10:03",
              "comments": [("Bố bé Su", "28/11/2026 lúc 21:40",
                            "Các con được trải nghiệm thực tế như vậy thật bổ ích.")]},
    ))
    s.append(Story(
        27, "phong-chong-benh-tay-chan-mieng-cho-tre-mua-dong",
        "Phòng chống bệnh tay chân miệng cho trẻ mùa đông",
        "goc-phu-huynh", "2026-11-26T14:00:00+07:00",
        [
            P("Bệnh tay chân miệng do nhóm vi rút đường ruột gây ra, thường gặp ở trẻ dưới 5 tuổi.",
              "fnref@tuổi.@1"),
            P("Bệnh lây qua đường tiêu hóa và tiếp xúc trực tiếp với dịch tiết mũi họng, nước bọt, "
              "dịch từ các nốt phỏng của người bệnh."),
            P("Dấu hiệu nhận biết", "h3"),
            P("Trẻ sốt nhẹ, mệt mỏi, đau họng, biếng ăn.", "li"),
            P("Xuất hiện nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông.", "li"),
            P("Loét miệng: vết loét đỏ hay phỏng nước ở niêm mạc miệng, lợi, lưỡi.", "li"),
            P("Phụ huynh cần cho trẻ rửa tay bằng xà phòng dưới vòi nước chảy nhiều lần trong "
              "ngày và thường xuyên lau rửa đồ chơi, sàn nhà bằng dung dịch sát khuẩn.",
              "fnref@sát khuẩn.@2"),
            _right("Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang"),
            P("Theo Bộ Y tế, khoảng 90% số ca mắc là trẻ em dưới 5 tuổi.", "fn"),
            P("Có thể dùng Cloramin B pha theo hướng dẫn của nhà sản xuất.", "fn"),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Tuyên Quang",
        opts={"at": "2026-11-26 14:00", "feather": "text", "tags": ["suc-khoe"]},
    ))
    s.append(Story(
        25, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường Mầm non Hoa Sen tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien", "2026-11-20T10:30:00+07:00",
        [
            P("Sáng 20/11/2026, trong không khí ấm áp, Trường Mầm non Hoa Sen long trọng tổ chức "
              "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.", "lead"),
            P("Tới dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố, Ban đại "
              "diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."),
            P("Trong chương trình văn nghệ chào mừng, bé Ngọc Ánh lớp Mẫu giáo lớn A2 đọc bài thơ "
              "“Cô giáo của em”:"),
            P("Mỗi sáng em đến lớp", "br"),
            P("Cô đón em ở cửa", "br"),
            P("Cô dạy em hát múa", "br"),
            P("Cô như mẹ hiền thôi.", "br"),
            Img("/uploads/2026/11/le-20-11.jpg", "Đại diện phụ huynh tặng hoa chúc mừng các cô giáo",
                "Đại diện phụ huynh tặng hoa chúc mừng các cô giáo", "md"),
            P("Dịp này, nhà trường khen thưởng 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
              "trường và 2 giáo viên đạt giải cấp thành phố."),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        summary="Sáng 20/11/2026, trong không khí ấm áp, Trường Mầm non Hoa Sen long trọng tổ chức "
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        opts={"at": "2026-11-20 10:30", "feather": "text", "tags": ["nha-giao", "ngay-hoi"]},
    ))
    s.append(Story(
        24, "tuyen-quang-nang-cao-chat-luong-cham-soc-giao-duc-tre-mam-non",
        "Tuyên Quang: Nâng cao chất lượng chăm sóc, giáo dục trẻ mầm non",
        "goc-phu-huynh", "2026-11-17T16:05:00+07:00",
        [
            P("Năm học 2026-2027, ngành Giáo dục tỉnh Tuyên Quang tiếp tục đẩy mạnh xây dựng "
              "trường mầm non lấy trẻ làm trung tâm, chú trọng an toàn và dinh dưỡng cho trẻ."),
            P("Toàn tỉnh hiện có 100% trẻ mẫu giáo được ăn bán trú tại trường; tỷ lệ trẻ suy dinh "
              "dưỡng thể thấp còi giảm còn 6,8%."),
            P("Nhiều trường đã xây dựng góc vận động, vườn cổ tích, khu trải nghiệm ngoài trời "
              "bằng nguyên vật liệu sẵn có ở địa phương."),
            Raw("<p><em>Theo Báo Tuyên Quang điện tử</em></p>"),
        ],
        source="Báo Tuyên Quang điện tử",
        opts={"at": "2026-11-17 16:05", "feather": "link", "tags": [],
              "link": "https://baotuyenquang.com.vn/giao-duc/nang-cao-chat-luong-mam-non-2026.html"},
    ))
    s.append(Story(
        23, "tiet-hoc-steam-be-lam-chiec-thuyen-noi",
        "Tiết học STEAM: Bé làm chiếc thuyền nổi",
        "hoat-dong-cua-be", "2026-11-12T09:45:00+07:00",
        [
            P("Tiết học STEAM “Chiếc thuyền nổi” giúp các bé lớp Mẫu giáo lớn A2 khám phá vật "
              "chìm, vật nổi qua những nguyên liệu quen thuộc."),
            P("Bước 1: Khám phá", "h3"),
            P("Các bé thả thử hòn sỏi, nắp chai, lá cây, thìa inox vào chậu nước và dự đoán vật "
              "nào chìm, vật nào nổi."),
            P("Bước 2: Thiết kế và chế tạo", "h3"),
            P("Chọn vật liệu nổi: chai nhựa, ống hút, nắp hộp xốp.", "li"),
            P("Dùng băng dính gắn các vật liệu thành thân thuyền.", "li"),
            P("Cắm cánh buồm bằng giấy màu lên thân thuyền.", "li"),
            Img("/uploads/2026/11/steam-thuyen.jpg", "Những chiếc thuyền của bé đã sẵn sàng ra khơi",
                "Những chiếc thuyền của bé đã sẵn sàng ra khơi", "md"),
            P("Bước 3: Thử nghiệm", "h3"),
            P("Các nhóm thả thuyền vào bể nước, thêm dần các viên bi để xem thuyền nào chở được "
              "nhiều nhất mà không chìm."),
            _right("Bài: Phạm Thị Hương"),
        ],
        authors=["Phạm Thị Hương"],
        opts={"at": "2026-11-12 09:45", "feather": "text", "tags": ["steam"], "more": 1},
    ))
    s.append(Story(
        22, "ke-hoach-tuyen-sinh-bo-sung-nha-tre-18-24-thang-tuoi",
        "Kế hoạch tuyển sinh bổ sung nhà trẻ 18–24 tháng tuổi",
        "thong-bao", "2026-11-06T08:00:00+07:00",
        [
            P("Nhà trường thông báo kế hoạch tuyển sinh bổ sung trẻ nhà trẻ năm học 2026-2027 "
              "như sau:"),
            P("Độ tuổi | Số lượng | Thời gian nhận hồ sơ", "th"),
            P("Nhà trẻ 18–24 tháng | 15 | 01/12 – 15/12/2026", "row"),
            P("Nhà trẻ 24–36 tháng | 10 | 01/12 – 15/12/2026", "row"),
            P("Hồ sơ gồm: đơn xin nhập học, bản sao giấy khai sinh, sổ tiêm chủng của trẻ."),
            P("Mọi chi tiết xin liên hệ văn phòng nhà trường, điện thoại 0207 3822 468."),
        ],
        opts={"at": "2026-11-06 08:00", "feather": "text", "tags": ["tuyen-sinh"],
              "updated": "10/11/2026 14:20"},
    ))
    s.append(Story(
        21, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026-2027",
        "tin-tuc-su-kien", "2026-10-30T14:20:00+07:00",
        [
            P("Chiều 30/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị viên chức, người lao "
              "động năm học 2026-2027."),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học "
              "mới và thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ."),
            Img("/uploads/2026/10/hoi-nghi-vc.jpg", "Quang cảnh hội nghị",
                "Quang cảnh hội nghị", "md"),
            P("100% viên chức, người lao động ký cam kết thi đua thực hiện tốt nhiệm vụ năm học."),
            _right("Tin: Lê Thu Trang - Ảnh: Đỗ Minh Khôi"),
        ],
        authors=["Lê Thu Trang"], photographers=["Đỗ Minh Khôi"],
        opts={"at": "2026-10-30 14:20", "feather": "text", "tags": []},
    ))
    s.append(Story(
        20, "be-tim-hieu-ngay-phu-nu-viet-nam-20-10",
        "Bé tìm hiểu ngày Phụ nữ Việt Nam 20/10",
        "hoat-dong-cua-be", "2026-10-20T09:30:00+07:00",
        [
            Img(_thumb("IMG_1877.jpg"), None, None, "photo"),
            P("Nhân ngày Phụ nữ Việt Nam 20/10, các bé được cô giáo kể chuyện về ý nghĩa của "
              "ngày lễ và cùng nhau làm thiệp tặng bà, tặng mẹ."),
            P("Những tấm thiệp hình bông hoa, trái tim được các bé tô màu, dán giấy thật đáng yêu."),
        ],
        opts={"at": "2026-10-20 09:30", "feather": "photo", "tags": ["ngay-hoi"]},
    ))
    s.append(Story(
        19, "be-lam-quen-tieng-anh-qua-bai-hat",
        "Bé làm quen với tiếng Anh qua bài hát",
        "hoat-dong-cua-be", "2026-10-15",
        [
            P("Từ tháng 10, các lớp mẫu giáo lớn được làm quen với tiếng Anh hai buổi mỗi tuần "
              "qua các bài hát, trò chơi."),
            P("Những bài hát như “Hello Song”, “Colors Song” giúp trẻ mạnh dạn, tự tin và nhớ từ "
              "vựng nhanh hơn."),
        ],
        opts={"at": "2026-10-15 00:00", "feather": "text", "tags": []},
    ))
    s.append(Story(
        18, "khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp trường",
        "tin-tuc-su-kien", "2026-10-09T09:10:00+07:00",
        [
            P("Sáng 09/10/2026, Trường Mầm non Hoa Sen khai mạc Hội thi giáo viên dạy giỏi cấp "
              "trường năm học 2026-2027 với 14 giáo viên tham gia."),
            P("Mỗi giáo viên thực hiện hai tiết dạy thực hành và trình bày một biện pháp nâng cao "
              "chất lượng chăm sóc, giáo dục trẻ."),
            P("Hội thi diễn ra đến hết ngày 23/10/2026."),
            _right("Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"at": "2026-10-09 09:10", "feather": "text", "tags": ["nha-giao"],
              "comments": [("Cô Vân (B2)", "09/10/2026 lúc 17:30",
                            "Chúc các đồng nghiệp có những tiết dạy thành công!")]},
    ))
    return s


STORIES = _stories()
QUOTE = {
    "id": 26, "slug": "loi-hay-y-dep-thang-11", "at": "2026-11-22 07:00",
    "quote": "Trẻ em như búp trên cành, biết ăn ngủ, biết học hành là ngoan.",
    "source": "Chủ tịch Hồ Chí Minh",
}


def _local(at: str) -> datetime:
    return datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=_VN)


def _utc(at: str) -> datetime:
    return _local(at).astimezone(UTC)


def _post_path(slug: str, at: str) -> str:
    u = _utc(at)
    return f"/{u:%Y/%m/%d}/{slug}/"


class _Post:
    def __init__(self, story: Story | None, quote: dict | None = None):
        self.story = story
        self.quote = quote
        if story:
            self.id, self.slug, self.at = story.id, story.slug, story.opts["at"]
            self.feather = story.opts["feather"]
            self.title = story.title
        else:
            self.id, self.slug, self.at = quote["id"], quote["slug"], quote["at"]
            self.feather = "quote"
            self.title = ""
        self.path = _post_path(self.slug, self.at)

    @property
    def cat(self) -> str | None:
        return self.story.cat if self.story else None

    @property
    def tags(self) -> list[str]:
        return self.story.opts.get("tags", []) if self.story else []

    @property
    def label(self) -> str:
        return self.title or f"“{self.quote['quote'][:40]}…”"


POSTS = sorted([_Post(s) for s in STORIES] + [_Post(None, QUOTE)], key=lambda p: p.at, reverse=True)
BY_SLUG = {p.slug: p for p in POSTS}
BY_PATH = {p.path: p for p in POSTS}

STATIC_PAGES = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Trường Mầm non Hoa Sen được thành lập năm 1982, đóng tại phường Phan Thiết, thành phố "
        "Tuyên Quang.",
        "Năm học 2026-2027 nhà trường có 12 nhóm, lớp với 356 trẻ; 38 cán bộ, giáo viên, nhân viên.",
        "Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
    ]),
    "doi-ngu-giao-vien": ("Đội ngũ cán bộ, giáo viên", [
        "Hiệu trưởng: Nguyễn Thị Thu Hà.",
        "Phó Hiệu trưởng: Trần Thị Nga, Lê Thu Trang.",
        "Tổ Nhà trẻ: 8 giáo viên; Tổ Mẫu giáo: 22 giáo viên; Tổ Văn phòng: 6 nhân viên.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: Số 15, đường Bình Thuận, phường Phan Thiết, thành phố Tuyên Quang.",
        "Điện thoại: 0207 3822 468 - Email: mnhoasen.tq@tuyenquang.edu.vn",
    ]),
}


# --- rendering --------------------------------------------------------------------------------


def _when(at: str) -> str:
    d = _local(at)
    return f"{d.day} tháng {MONTHS[d.month]}, {d.year} lúc {d:%H:%M}"


def _iso_z(at: str) -> str:
    return f"{_utc(at):%Y-%m-%dT%H:%M:%S}Z"


def _img_md(img: Img) -> str:
    name = img.src.rsplit("/", 1)[-1]
    out = f'<p><img src="{esc(img.src)}" alt="{esc(name)}" /></p>\n'
    if img.printed:
        out += f"<p><em>{esc(img.printed)}</em></p>\n"
    return out


def _img_photo(img: Img) -> str:
    name = re.search(r"file=([^&]+)", img.src).group(1)
    return (f'<figure class="anh-chinh"><a href="/uploads/{name}" class="image_link" target="_blank">'
            f'<img src="{esc(img.src)}" alt="{esc(name)}" class="image" loading="lazy" /></a></figure>\n')


def _para(p: P, slug: str) -> str:
    t = esc(p.text)
    if p.style.startswith("fnref@"):
        _, after, n = p.style.split("@")
        i = t.index(after) + len(after)
        sup = (f'<sup id="fnref{n}:{slug[:12]}"><a href="#fn{n}:{slug[:12]}" '
               f'class="footnote-ref">{n}</a></sup>')
        t = t[:i] + sup + t[i:]
    if p.style == "lead":
        return f"<p><strong>{t}</strong></p>\n"
    if p.style == "h3":
        return f"<h3>{t}</h3>\n"
    return f"<p>{t}</p>\n"


def _blocks(blocks: list, slug: str) -> str:
    """Markdown output of the body; consecutive list items, poem lines, rows and notes grouped."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "br", "th", "row", "fn"):
            kind = "row" if b.style == "th" else b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == b.style or (kind == "row" and blocks[i].style in ("th", "row"))
            ):
                group.append(blocks[i])
                i += 1
            if kind == "li":
                out.append("<ul>\n" + "".join(f"<li>{esc(g.text)}</li>\n" for g in group) + "</ul>\n")
            elif kind == "br":
                out.append("<p>" + "<br />\n".join(esc(g.text) for g in group) + "</p>\n")
            elif kind == "row":
                rows = []
                for g in group:
                    tag = "th" if g.style == "th" else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append("<table>\n<thead>\n" + rows[0] + "\n</thead>\n<tbody>\n"
                           + "\n".join(rows[1:]) + "\n</tbody>\n</table>\n")
            else:
                key = slug[:12]
                items = "".join(
                    f'<li id="fn{n}:{key}">\n<p>{esc(g.text)}&#160;<a href="#fnref{n}:{key}" '
                    f'rev="footnote" class="footnote-backref">&#8617;</a></p>\n</li>\n'
                    for n, g in enumerate(group, 1)
                )
                out.append(f'<div class="footnotes">\n<hr />\n<ol>\n{items}</ol>\n</div>\n')
            continue
        if isinstance(b, P):
            out.append(_para(b, slug))
        elif isinstance(b, Img):
            out.append(_img_photo(b) if b.style == "photo" else _img_md(b))
        else:
            out.append(b.html + "\n")
        i += 1
    return "".join(out)


def _footer(post: _Post, listing: bool) -> str:
    parts = [f'<span class="ngd">Đăng <a href="{post.path}" class="permalink" rel="bookmark">'
             f'<time datetime="{_iso_z(post.at)}">{_when(post.at)}</time></a></span>']
    parts.append('<span class="ngd-tg">bởi <span class="vcard">quantri</span></span>')
    if post.story and post.story.opts.get("updated"):
        parts.append(f'<span class="ngd-sua">· đã sửa {post.story.opts["updated"]}</span>')
    if post.cat:
        parts.append(f'<span class="dmuc">trong <a href="/category/{post.cat}/" rel="tag">'
                     f"{esc(CATS[post.cat])}</a></span>")
    if post.tags:
        links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in post.tags)
        parts.append(f'<span class="the">Thẻ: {links}</span>')
    n = len(post.story.opts.get("comments", [])) if post.story else 0
    if listing:
        parts.append(f'<a href="{post.path}#comments" class="cmt-count">{n} bình luận</a>')
    return '<footer class="pf-ngang">\n' + "\n".join(parts) + "\n</footer>\n"


def _article(post: _Post, listing: bool) -> str:
    out = [f'<article class="post {post.feather}" id="post_{post.id}">\n']
    if post.feather == "quote":
        q = post.quote
        out.append(f'<blockquote class="trichdan"><p>{esc(q["quote"])}</p></blockquote>\n'
                   f'<cite>— {esc(q["source"])}</cite>\n')
        out.append(_footer(post, listing))
        out.append("</article>\n")
        return "".join(out)
    s = post.story
    blocks = list(s.blocks)
    more = s.opts.get("more")
    cut = listing and more is not None
    if cut:
        idx = [i for i, b in enumerate(blocks) if isinstance(b, P)][more]
        blocks = blocks[:idx]
    if post.feather == "link":
        out.append(f'<h2 class="tieude-bv"><a href="{esc(s.opts["link"])}" rel="external" '
                   f'target="_blank">{esc(s.title)}</a> <span class="mui-ten">→</span></h2>\n')
        out.append('<div class="description">\n' + _blocks(blocks, s.slug) + "</div>\n")
    else:
        head = (f'<h2 class="tieude-bv"><a href="{post.path}">{esc(s.title)}</a></h2>\n' if listing
                else f'<h2 class="tieude-bv">{esc(s.title)}</h2>\n')
        out.append(head)
        if post.feather == "photo":
            photo = blocks[0]
            out.append(_img_photo(photo))
            out.append('<div class="caption">\n' + _blocks(blocks[1:], s.slug) + "</div>\n")
        else:
            out.append('<div class="nd-bv">\n' + _blocks(blocks, s.slug) + "</div>\n")
    if cut:
        out.append(f'<p class="doc-tiep"><a class="read_more" href="{post.path}">Đọc tiếp »</a></p>\n')
    out.append(_footer(post, listing))
    out.append("</article>\n")
    return "".join(out)


def _nav() -> str:
    cats = "".join(f'<li><a href="/category/{k}/">{esc(v)}</a></li>' for k, v in CATS.items())
    return (
        '<nav id="menu-chinh"><ul class="mnu">\n'
        '<li><a href="/">Trang chủ</a></li>\n'
        '<li class="co-con"><a href="/gioi-thieu/">Giới thiệu</a><ul class="mnu-con">'
        '<li><a href="/gioi-thieu/">Giới thiệu chung</a></li>'
        '<li><a href="/doi-ngu-giao-vien/">Đội ngũ giáo viên</a></li></ul></li>\n'
        f'<li class="co-con"><a href="/category/tin-tuc-su-kien/">Tin tức</a><ul class="mnu-con">{cats}</ul></li>\n'
        '<li><a href="/archive/2026/12/">Lưu trữ</a></li>\n'
        '<li><a href="/lien-he/">Liên hệ</a></li>\n'
        "</ul></nav>\n"
    )


def _sidebar() -> str:
    cats = "".join(
        f'<li><a href="/category/{k}/">{esc(v)}</a> ({sum(1 for p in POSTS if p.cat == k)})</li>'
        for k, v in CATS.items()
    )
    months = "".join(
        f'<li><a href="/archive/2026/{m}/">Tháng {MONTHS[m].lower()} 2026</a></li>' for m in (12, 11, 10)
    )
    tags = " ".join(f'<a href="/tag/{k}/" class="tag-{i % 3}">{esc(v)}</a>'
                    for i, (k, v) in enumerate(TAGS.items()))
    popular = "".join(f'<li><a href="{BY_SLUG[s].path}">{esc(BY_SLUG[s].title)}</a></li>'
                      for s in ("le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
                                "tiet-hoc-steam-be-lam-chiec-thuyen-noi",
                                "phong-chong-benh-tay-chan-mieng-cho-tre-mua-dong"))
    return (
        '<aside id="cot-phai">\n'
        '<div class="kh-tim"><form action="/" method="get" class="tim">'
        '<input type="hidden" name="action" value="search" />'
        '<input type="text" name="query" placeholder="Tìm kiếm…" />'
        '<button type="submit">Tìm</button></form></div>\n'
        f'<div class="kh"><h4>Danh mục</h4><ul>{cats}</ul></div>\n'
        f'<div class="kh"><h4>Xem nhiều</h4><ol class="xn">{popular}</ol></div>\n'
        f'<div class="kh"><h4>Lưu trữ</h4><ul>{months}</ul></div>\n'
        f'<div class="kh"><h4>Thẻ</h4><p class="may-the">{tags}</p></div>\n'
        '<div class="kh"><h4>Thăm dò ý kiến</h4><p>Phụ huynh đánh giá thế nào về bữa ăn bán trú?</p>'
        '<label><input type="radio" name="bc" /> Rất hài lòng</label><br />'
        '<label><input type="radio" name="bc" /> Hài lòng</label><br />'
        '<button type="button" onclick="return false">Bình chọn</button></div>\n'
        '<div class="kh"><h4>Liên kết</h4><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://sgdtuyenquang.edu.vn" target="_blank">Sở GD&amp;ĐT Tuyên Quang</a></li>'
        '<li><a href="https://www.facebook.com/mnhoasentq" target="_blank">Facebook nhà trường</a></li>'
        "</ul></div>\n"
        '<div class="kh thong-ke"><h4>Thống kê truy cập</h4>'
        "<p>Đang online: 7<br />Hôm nay: 214<br />Tổng truy cập: 168.402</p></div>\n"
        "</aside>\n"
    )


def _page(title: str, main: str, crumbs: list[tuple[str, str | None]] | None = None) -> Response:
    crumb = ""
    if crumbs:
        items = ['<a href="/">Trang chủ</a>'] + [
            f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for t, h in crumbs
        ]
        crumb = '<div class="duong-dan">' + " › ".join(items) + "</div>\n"
    head_title = f"{esc(title)} | {SITE_NAME}" if title else SITE_NAME
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>{head_title}</title>
<meta name="generator" content="Chyrp Lite" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/themes/blossom/stylesheets/all.css" type="text/css" />
<link rel="alternate" type="application/atom+xml" title="{SITE_NAME}" href="/feed/" />
<script src="/includes/common.js" defer></script>
</head>
<body>
<div id="bao-ngoai">
<header id="dau-trang">
<div class="thanh-tren"><span class="ngay-hom-nay">{HEADER_DAY}</span>
<span class="hotline">Hotline: 0207 3822 468</span></div>
<a href="/" class="logo"><img src="/themes/blossom/images/logo-hoasen.png" alt="Logo" /></a>
<h1 class="ten-truong"><a href="/">{SITE_NAME}</a></h1>
<p class="khau-hieu">Thành phố Tuyên Quang - Yêu thương, an toàn, sáng tạo</p>
</header>
{_nav()}{crumb}<div id="noi-dung">
<main id="cot-trai">
{main}</main>
{_sidebar()}</div>
<footer id="chan-trang">
<p><strong>TRƯỜNG MẦM NON HOA SEN - THÀNH PHỐ TUYÊN QUANG</strong></p>
<p>Địa chỉ: Số 15, đường Bình Thuận, phường Phan Thiết, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207 3822 468 - Email: mnhoasen.tq@tuyenquang.edu.vn</p>
<p>© 2026 Trường Mầm non Hoa Sen. Chạy trên <a href="https://chyrplite.net/">Chyrp Lite</a>.</p>
</footer>
</div>
</body>
</html>
"""
    return html(body)


def _pager(base: str, page: int, total: int) -> str:
    links = []
    if page > 1:
        prev = base if page == 2 and base == "/" else f"{base}page/{page - 1}/"
        links.append(f'<a class="prev_page" rel="prev" href="{prev}">« Mới hơn</a>')
    if page < total:
        links.append(f'<a class="next_page" rel="next" href="{base}page/{page + 1}/">Cũ hơn »</a>')
    return '<div class="phan-trang">' + " ".join(links) + "</div>\n" if links else ""


def _listing(posts: list[_Post], base: str, page: int, title: str,
             crumbs: list[tuple[str, str | None]] | None) -> Response | None:
    total = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > total:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    head = f'<h2 class="tieu-de-ds">{esc(title)}</h2>\n' if title else ""
    main = head + "".join(_article(p, True) for p in chunk) + _pager(base, page, total)
    return _page(title, main, crumbs)


def _post_page(post: _Post) -> Response:
    main = [_article(post, False)]
    s = post.story
    if s and s.opts.get("comments"):
        items = []
        for n, (who, when, txt) in enumerate(s.opts["comments"], 1):
            cid = post.id * 10 + n
            items.append(f'<li class="comment" id="comment_{cid}"><blockquote><p>{esc(txt)}</p></blockquote>'
                         f'<cite><strong>{esc(who)}</strong> · <a href="{post.path}#comment_{cid}">{when}</a>'
                         "</cite></li>")
        main.append(f'<h3 class="so-bl">{len(items)} bình luận</h3>\n'
                    f'<ol class="comments" id="comments">\n' + "\n".join(items) + "\n</ol>\n")
    else:
        main.append('<div id="comments"><p class="chua-bl">Chưa có bình luận nào.</p></div>\n')
    main.append('<form class="gui-bl" action="/?action=add_comment" method="post">'
                f'<input type="hidden" name="post_id" value="{post.id}" />'
                '<input type="text" name="name" placeholder="Họ tên" />'
                '<textarea name="body"></textarea><button type="submit">Gửi bình luận</button></form>\n')
    i = POSTS.index(post)
    nav = []
    if i + 1 < len(POSTS):
        older = POSTS[i + 1]
        nav.append(f'<a rel="prev" href="{older.path}">« {esc(older.label)}</a>')
    if i > 0:
        newer = POSTS[i - 1]
        nav.append(f'<a rel="next" href="{newer.path}">{esc(newer.label)} »</a>')
    main.append('<nav class="dau-vet">' + " | ".join(nav) + "</nav>\n")
    if post.cat:
        rel = [p for p in POSTS if p.cat == post.cat and p is not post][:3]
        main.append('<div class="tin-khac"><h4>Các tin khác</h4><ul>'
                    + "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in rel)
                    + "</ul></div>\n")
    crumbs = [(CATS[post.cat], f"/category/{post.cat}/")] if post.cat else []
    crumbs.append((post.title or "Trích dẫn", None))
    return _page(post.title or "Trích dẫn", "".join(main), crumbs)


def _archive(year: int, month: int) -> Response | None:
    posts = [p for p in POSTS if _local(p.at).year == year and _local(p.at).month == month]
    if not posts:
        return None
    dirty = month == 10  # the old archive override prints the dirty-URL form
    items = []
    for p in posts:
        href = f"/?action=view&amp;url={p.slug}" if dirty else p.path
        d = _local(p.at)
        items.append(f'<li><span class="ngay">{d:%d/%m}</span> <a href="{href}">{esc(p.label)}</a></li>')
    main = (f'<h2 class="tieu-de-ds">Lưu trữ: tháng {MONTHS[month].lower()} năm {year}</h2>\n'
            f'<ul class="ds-luutru">{"".join(items)}</ul>\n')
    return _page(f"Lưu trữ tháng {month}/{year}", main, [("Lưu trữ", None)])


def _static(slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    main = (f'<article class="page" id="page_{slug}"><h2 class="tieude-bv">{esc(title)}</h2>\n'
            '<div class="nd-trang">' + "".join(f"<p>{esc(t)}</p>" for t in paras) + "</div></article>\n")
    return _page(title, main, [(title, None)])


def _search(query: str) -> Response:
    q = query.strip().lower()
    hits = [p for p in POSTS if q and q in (p.title or "").lower()]
    items = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a></li>' for p in hits)
    msg = f"<ul>{items}</ul>" if hits else "<p>Không tìm thấy bài viết nào.</p>"
    main = f'<h2 class="tieu-de-ds">Kết quả tìm kiếm: “{esc(query)}”</h2>\n{msg}\n'
    return _page("Tìm kiếm", main, [("Tìm kiếm", None)])


def _feed(request: Request) -> Response:
    entries = "".join(
        f"<entry><title>{esc(p.label)}</title><id>tag:mnhoasen,2026:{p.id}</id>"
        f'<updated>{_iso_z(p.at)}</updated><link rel="alternate" href="{p.path}" /></entry>\n'
        for p in POSTS[:PER_PAGE]
    )
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{SITE_NAME}</title><id>tag:mnhoasen,2026</id>"
            f"<updated>{_iso_z(POSTS[0].at)}</updated>\n{entries}</feed>\n")
    return Response(200, body, {"Content-Type": "application/atom+xml; charset=UTF-8"})


_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/?)$")
_PAGED = re.compile(r"^(/(?:category|tag)/[a-z0-9-]+/|/)(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/includes/thumbnail.php":
            return static_file(params.get("file", "x.jpg")) if params.get("file") else None
        if path.startswith(("/uploads/", "/themes/", "/includes/")):
            return static_file(path)
        if path == "/feed/":
            return _feed(request)
        if path == "/" and request.query:
            action = params.get("action")
            if action == "view" and params.get("url") in BY_SLUG and set(params) == {"action", "url"}:
                return _post_page(BY_SLUG[params["url"]])
            if action == "search" and set(params) <= {"action", "query"}:
                return _search(params.get("query", ""))
            return None
        m = _POST_RE.match(path)
        if m:
            post = BY_PATH.get(path if m.group(5) else path + "/")
            if post is None:
                return None
            return _post_page(post) if m.group(5) else redirect(quote(post.path), 301)
        m = _PAGED.match(path)
        if m:
            base, page = m.group(1), int(m.group(2) or 1)
            if base == "/":
                return _listing(POSTS, "/", page, "", None)
            kind, slug = base.strip("/").split("/")
            if kind == "category" and slug in CATS:
                posts = [p for p in POSTS if p.cat == slug]
                return _listing(posts, base, page, CATS[slug], [(CATS[slug], None)])
            if kind == "tag" and slug in TAGS:
                posts = [p for p in POSTS if slug in p.tags]
                return _listing(posts, base, page, f"Thẻ: {TAGS[slug]}", [(f"Thẻ: {TAGS[slug]}", None)])
            return None
        m = re.match(r"^/archive/(\d{4})/(\d{2})/$", path)
        if m:
            return _archive(int(m.group(1)), int(m.group(2)))
        m = re.match(r"^/([a-z0-9-]+)/$", path)
        if m and m.group(1) in STATIC_PAGES:
            return _static(m.group(1))
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s, BY_SLUG[s.slug].path, CATS[s.cat],
        alt_paths=[f"/?action=view&url={s.slug}"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    BY_SLUG[QUOTE["slug"]].path,
]

