"""Trường Mầm non Sơn Ca (quận Ninh Kiều, TP. Cần Thơ): Joomla 4.3 + Helix Ultimate + SP Page Builder.

A kindergarten's colourful Joomla 4 site (JoomShaper's Helix Ultimate 2.0 template, SP Page
Builder 5 on the home page), migrated from Joomla 3 in 2024. Posts are typed in JCE (some pasted
from Word, some with the "Simple Image Gallery" plugin's ``{gallery}`` tag), notices carry PDF
files through the "Attachments" extension.

URL scheme (SEF on, no URL rewriting, so every route goes through ``/index.php``):
- ``/`` and ``/index.php``: the SP Page Builder home (same page twice; the menu links ``/index.php``);
- ``/index.php/<menu-alias>``: a category blog (leading + intro items) or, for "Thông báo", a
  category list (table); pagination ``?start=<n>`` (Joomla's SEF name for ``limitstart``), page 1
  has no ``start``;
- ``/index.php/<menu-alias>/<id>-<alias>``: an article; ``?tmpl=component&print=1`` its print view;
  the paginated article (pagebreak plugin) also ``?start=1`` (its page 2) and ``?showall=1``;
- ``/index.php?option=com_content&view=article&id=<id>:<alias>&catid=<c>&Itemid=<i>``: the
  non-SEF form a pasted link in the home page uses (Joomla serves it, no redirect);
- ``/attachments/article/<id>/<file>.pdf``: attachment files; ``/images/…``: images.

Page templates: the SPPB home (slider, "Tin tức - Sự kiện" article cards, "Thông báo" list,
intro feature boxes, video), category blog pages (Helix ``.article-list``; "Hoạt động của bé":
1 leading + 4 intro per page; "Tin nhà trường": 1 leading + 2 intro per page), the "Thông báo"
category list (J4 ``com-content-category__table``, limit box form posting to itself), Helix's
article page (cover image above the headline, ``.article-info`` with Font Awesome icons, social
share block, ``itemprop="articleBody"``, "Bài viết liên quan" with 2 related items), the print
view (``tmpl=component``), single-article menu items (intro pages), an album blog, a contact page.
Chrome on every page: top bar with today's date "Thứ Bảy, 05/12/2026", phone and e-mail; logo and
mega menu with drop-downs (and the same menu again in the off-canvas panel); page-title band
with breadcrumbs; right sidebar ("Tin mới" = 5 latest articles, "Liên kết website" select,
Vinaora visitors counter "Đang online / Hôm nay / Hôm qua / Tổng truy cập", Facebook page box);
footer with address, phone, e-mail, copyright.

How the 13 gold articles are reached:
- Hoạt động của bé (6): page 1 shows 214, 211, 207, 203, 198; **192 only on page 2**
  (``?start=5``). 198 is also linked under its old alias from 207's text.
- Tin nhà trường (4): page 1 shows 216, 209, 205; **195 only on page 2** (``?start=3``).
- Thông báo (3): the list shows 217, 212, 200; the home links 212 in its non-SEF form.
- The sidebar "Tin mới" shows the 5 newest (216, 214, 217, 211, 212); related lists show the 2
  newest others of the category; neither ever links 192 or 195, and there is no previous/next
  article navigation (switched off), so those two are reachable only from page 2 of a listing.

Traps
1. Cover image outside the text (not a README kind). Helix prints the article's intro image as a
   full-width cover *above the headline*, outside ``articleBody``, and (a Helix 2.0 / J4 media
   field bug) with Joomla's media-field suffix still on the URL:
   ``/images/2026/12/x.jpg#joomlaImage://local-images/2026/12/x.jpg?width=1200&height=800``.
   Gold: the cover is the article's first image, path without the fragment
   (``/images/2026/12/x.jpg``); its ``<figcaption>`` (211 only) is its caption.
2. Gallery photos are not in ``img src`` (not a README kind). Simple Image Gallery renders
   ``{gallery}folder{/gallery}`` as ``ul.sigFreeContainer`` thumbnails whose ``<img>`` is a
   transparent spacer GIF, the thumbnail a CSS ``background-image`` from ``/cache/jw_sig/``, and
   the photo only the ``<a href>`` around it; it also prints a ``.sigFreePrintMessage`` line
   ("Xem thư viện ảnh trực tuyến tại: http://…#sigFreeId…") hidden by the stylesheet. Gold: the
   gallery's photos are images in order, by the full-size ``href`` path, caption None (the
   "Nhấn vào để xem ảnh lớn …" title is no caption); the spacer, the cached thumbnails and the
   print line are not images / not body.
3. The article split over pages by the pagebreak plugin (not a README kind). 205 shows only its
   first part at its URL, with a "Mục lục bài viết" box (links ``?start=1``, ``?showall=1``), a
   "Trang 1 / 2" counter and a "Tiếp theo" pager *inside* ``articleBody``; the second part (with
   the results table and the closing signature) is at ``?start=1``: the same parameter as the
   category pagination, on an article URL. Gold: one article at its plain URL, body = both parts
   in order; ``?start=1``, ``?showall=1`` and the print view (which prints the whole text) are
   alt_paths; the TOC, counter and pager are not body; author from the part-2 signature.
4. Leftover plugin tags printed raw (not a README kind). 203 was migrated from Joomla 3, whose
   Phoca Gallery and JComments plugins no longer exist on Joomla 4, so the text shows
   ``{phocagallery view=category|categoryid=12|limitstart=0|limitcount=8}`` and
   ``{jcomments on}`` as paragraphs. Gold: markup, not text: not in the body.
5. A badge inside the headline (not a README kind). Featured articles (214, 209) carry
   ``<span class="badge bg-danger featured-article-badge">Nổi bật</span>`` inside the ``<h1>``
   (and inside the ``<h2>`` of the listing). Gold title: the headline without "Nổi bật".
6. Duplicate URLs of one article (README kind "duplicates"): the print view of every article;
   198 under its old alias ``198-tuan-le-atgt-2026`` (Joomla routes on the id and ignores the
   alias, the editor renamed the alias after 207 linked it); 212 in the non-SEF
   ``/index.php?option=com_content&view=article&id=212:…&catid=10&Itemid=106`` form pasted into
   the home's custom HTML box; ``/`` and ``/index.php`` are the same home. Gold: one record per
   article, those targets in ``alt_paths``.
7. Bylines (README kind): the info line's "Viết bởi Super User" (Joomla's default admin account)
   is nobody; an author alias with the honorific "Cô Lê Thị Thu Hà" -> "Lê Thị Thu Hà"; closing
   lines "Bài, ảnh: Nguyễn Thị Mỹ Duyên (GV lớp Lá 2)", "Tin: X – Ảnh: Y", "Tin, ảnh: Tổ Văn
   phòng", a unit signing alone right-aligned ("Tổ Mẫu giáo lớn", "Lớp Chồi 3", "Bộ phận Y
   tế"); a notice's signer. None of them is body.
8. Dates (README kind): the info line prints the day as J4's vi-VN ``DATE_FORMAT_LC3``
   ("03 Tháng 12 2026") and the time only in ``<time datetime="2026-12-03T16:20:00+07:00">``;
   a "Cập nhật" (modified) ``<time itemprop="dateModified">`` follows it in some articles; 200
   was published at midnight; 217 is an official notice whose letterhead day (01/12) differs
   from its publication (02/12). Gold: the ``datetime`` of ``datePublished`` with its time;
   200 -> "2026-11-14"; 217 -> "2026-12-01".
9. Widgets inside the text container (README kinds "attachments", "related lists"): the
   Attachments extension appends its table (file, description, size, downloads) *inside*
   ``articleBody`` of 217 and 212; the pagebreak box of trap 3; the SIG print line of trap 2.
   Table rows are body elsewhere (205's results table), these are not.
10. Word-pasted text in decomposed Unicode (README kind "encodings"): 211 was typed in Unikey's
   "Unicode tổ hợp" and pasted from Word (``p.MsoNormal``, ``<o:p>``, ``&nbsp;`` spacer
   paragraphs). Gold: NFC text, spacers are nothing.
11. Albums and intro pages in the article layout (README kind "not articles"): the albums under
   ``/index.php/thu-vien-anh/<id>-<alias>`` are Joomla articles with an info line (date, "Super
   User") holding one sentence and a SIG gallery; "Giới thiệu chung", "Đội ngũ giáo viên",
   "Chế độ sinh hoạt một ngày" and "Video" are single-article menu items. Gold: NON_ARTICLES.

Gold decisions on ambiguous points
- ``published_at``: the ``datetime`` attribute of the ``datePublished`` element is the page's
  own printing of the publication time: gold keeps it with the time (the visible text shows the
  day only). Not the modified time, not the header's date, not a date inside the text.
- Image captions: the italic centred line after a JCE image, a ``<figcaption>``, or the second
  row of a one-image layout table (2 articles) is the caption, not body; a line that only
  credits the photographer ("(Ảnh: Hoàng Yến)") gives caption None.
- A JCE emoji drawn as ``<img alt="🌸">`` at the start of a line is that line's bullet (no text);
  "💐" typed in a sentence is kept.
- 217's ``Căn cứ …`` line and numbered points are the notice's text; the letterhead table, the
  "THÔNG BÁO" / "Về việc …" lines, "Nơi nhận" and the signature block are not body.
- Bold lead paragraphs (214, 209) are the summary; elsewhere summary is null (the meta
  description is the site's generic one).
- The category is the menu/breadcrumb name of the category ("Hoạt động của bé", "Tin nhà
  trường", "Thông báo"), not the separator "Tin tức" above them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
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

NAME = "joomla4_helix_ultimate_mamnon"
PLATFORM = "Joomla 4.3 + Helix Ultimate 2.0 + SP Page Builder 5 (JCE, Simple Image Gallery, Attachments)"
START_PATH = "/"

SITE = "Trường Mầm non Sơn Ca"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
META_DESC = (
    "Trường Mầm non Sơn Ca - quận Ninh Kiều, thành phố Cần Thơ: nơi bé vui chơi, học tập "
    "và phát triển toàn diện."
)


@dataclass(frozen=True)
class Cat:
    alias: str
    name: str
    catid: int
    itemid: int
    leading: int = 1
    intro: int = 4
    layout: str = "blog"


CATS = {
    "hoat-dong-cua-be": Cat("hoat-dong-cua-be", "Hoạt động của bé", 9, 104, 1, 4),
    "tin-nha-truong": Cat("tin-nha-truong", "Tin nhà trường", 8, 105, 1, 2),
    "thong-bao": Cat("thong-bao", "Thông báo", 10, 106, layout="list"),
}

# --- the articles ------------------------------------------------------------------------

_SIG = "sig"


def _right(line: str, italic: bool = False) -> Raw:
    inner = f"<em>{text(line)}</em>" if italic else f"<strong>{text(line)}</strong>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        214,
        "ngay-hoi-the-thao-be-khoe-be-nang-dong-nam-hoc-2026-2027",
        "Ngày hội thể thao “Bé khỏe – Bé năng động” năm học 2026 – 2027",
        "hoat-dong-cua-be",
        "2026-12-03T16:20:00+07:00",
        [
            Img("/images/2026/12/ngay-hoi-the-thao-bia.jpg", style="cover"),
            P(
                "Sáng ngày 02/12/2026, Trường Mầm non Sơn Ca long trọng tổ chức Ngày hội thể thao "
                "“Bé khỏe – Bé năng động” năm học 2026 – 2027 với sự tham gia của hơn 320 cháu thuộc "
                "các lớp Mầm, Chồi, Lá cùng đông đảo quý phụ huynh.",
                "b",
            ),
            P(
                "Ngày hội là hoạt động nằm trong kế hoạch giáo dục phát triển thể chất của nhà "
                "trường, nhằm giúp trẻ rèn luyện sức khỏe, phát triển các vận động cơ bản như đi, "
                "chạy, bật, ném, leo trèo, đồng thời hình thành ở trẻ tinh thần đoàn kết, mạnh dạn, "
                "tự tin khi tham gia các hoạt động tập thể."
            ),
            P(
                "Mở đầu chương trình là màn đồng diễn thể dục nhịp điệu trên nền nhạc bài hát “Cả "
                "nhà thương nhau” và “Em đi qua ngã tư đường phố” của các bé khối Lá. Những động tác "
                "tay, chân nhịp nhàng, đều đặn của các bé đã nhận được những tràng pháo tay cổ vũ "
                "nhiệt tình của thầy cô và phụ huynh."
            ),
            P("Nhiều trò chơi vận động hấp dẫn", "h3"),
            P(
                "Tiếp theo, các bé lần lượt tham gia các phần thi theo từng khối lớp: khối Mầm với "
                "trò chơi “Bò chui qua cổng”, “Chuyền bóng”; khối Chồi với “Bật qua suối nhỏ”, "
                "“Ném bóng vào rổ”; khối Lá thi “Chạy tiếp sức”, “Kéo co” và “Nhảy bao bố”. Ở mỗi "
                "phần thi, các bé đều hăng hái, cố gắng hết sức để mang về chiến thắng cho lớp mình."
            ),
            P(
                "Đặc biệt, phần thi “Kéo co” giữa các lớp Lá 1, Lá 2 và Lá 3 diễn ra vô cùng sôi "
                "nổi. Nhiều phụ huynh không giấu được niềm vui khi chứng kiến con em mình mạnh dạn, "
                "khỏe khoắn và biết nhường nhịn, giúp đỡ bạn bè trong suốt cuộc thi."
            ),
            P(
                "Kết thúc ngày hội, Ban Giám hiệu nhà trường đã trao giấy khen và phần quà cho các "
                "tập thể lớp đạt giải. Ngày hội khép lại trong niềm hân hoan, để lại nhiều kỷ niệm "
                "đẹp cho các bé cùng quý phụ huynh."
            ),
            Img("/images/thu-vien/2026/the-thao-be-khoe/DSC_0412.jpg", style=_SIG),
            Img("/images/thu-vien/2026/the-thao-be-khoe/DSC_0427.jpg", style=_SIG),
            Img("/images/thu-vien/2026/the-thao-be-khoe/DSC_0453.jpg", style=_SIG),
            Img("/images/thu-vien/2026/the-thao-be-khoe/DSC_0468.jpg", style=_SIG),
            _right("Tổ Mẫu giáo lớn"),
        ],
        authors=["Tổ Mẫu giáo lớn"],
        summary=(
            "Sáng ngày 02/12/2026, Trường Mầm non Sơn Ca long trọng tổ chức Ngày hội thể thao "
            "“Bé khỏe – Bé năng động” năm học 2026 – 2027 với sự tham gia của hơn 320 cháu thuộc "
            "các lớp Mầm, Chồi, Lá cùng đông đảo quý phụ huynh."
        ),
        opts={
            "info_author": "Super User",
            "featured": True,
            "modified": "2026-12-04T08:05:12+07:00",
            "gallery": "thu-vien/2026/the-thao-be-khoe",
        },
    ),
    Story(
        211,
        "be-trai-nghiem-lam-banh-dan-gian-nam-bo",
        "Bé trải nghiệm làm bánh dân gian Nam Bộ",
        "hoat-dong-cua-be",
        "2026-11-27T10:45:00+07:00",
        [
            Img(
                "/images/2026/11/lam-banh-dan-gian-bia.jpg",
                "Các bé lớp Chồi 1 cùng cô tráng bánh xèo",
                "Các bé lớp Chồi 1 cùng cô tráng bánh xèo",
                style="cover",
            ),
            P(
                "Nhằm giúp trẻ hiểu thêm về các món bánh dân gian quen thuộc của vùng đất Nam Bộ, "
                "trong tuần qua, khối Chồi Trường Mầm non Sơn Ca đã tổ chức hoạt động trải nghiệm "
                "“Bé làm bánh dân gian” cho các bé."
            ),
            P(
                "Ngay từ sáng sớm, sân trường đã được các cô trang trí thành một góc chợ quê thu "
                "nhỏ với những chiếc nia, chiếc mẹt, lá chuối, nồi hấp và bếp than. Các nguyên liệu "
                "như bột gạo, bột nếp, nước cốt dừa, đậu xanh, lá dứa… được các cô chuẩn bị chu "
                "đáo, sạch sẽ, bảo đảm an toàn cho trẻ."
            ),
            P(
                "Dưới sự hướng dẫn của các cô, các bé được tận tay nhào bột, nặn bánh da lợn, gói "
                "bánh ít lá gai và đổ bánh xèo. Bé nào cũng háo hức, chăm chú quan sát rồi làm theo "
                "từng bước. Có bạn nặn bánh còn méo, có bạn làm bột dính đầy tay nhưng ai cũng thích "
                "thú, cười vui rộn ràng."
            ),
            Img(
                "/images/2026/11/be-gia-han-nan-banh-it.jpg",
                "Bé Gia Hân (lớp Chồi 2) nặn bánh ít",
                "Bé Gia Hân (lớp Chồi 2) nặn bánh ít",
                style="tbl",
            ),
            P(
                "Trong lúc chờ bánh chín, các cô trò chuyện cùng trẻ về nguồn gốc, ý nghĩa của từng "
                "loại bánh, về phiên chợ nổi Cái Răng, nơi ông bà, cha mẹ thường mua bán các loại "
                "bánh trái miền Tây. Các bé còn được nghe cô kể chuyện “Sự tích bánh chưng, bánh "
                "giầy” và cùng nhau đọc đồng dao “Dung dăng dung dẻ”."
            ),
            P(
                "Thành quả của buổi trải nghiệm là những chiếc bánh thơm ngon do chính tay các bé "
                "làm ra. Các bé cùng nhau thưởng thức và mang một phần bánh về tặng ông bà, cha mẹ."
            ),
            P(
                "Hoạt động không chỉ giúp trẻ phát triển sự khéo léo của đôi bàn tay, khả năng quan "
                "sát, ghi nhớ mà còn góp phần giáo dục trẻ tình yêu quê hương, biết trân trọng những "
                "nét đẹp văn hóa truyền thống của dân tộc."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"info_author": "Cô Lê Thị Thu Hà", "alias_author": True, "word": True, "nfd": True},
    ),
    Story(
        207,
        "cac-be-lop-la-tham-quan-trai-nghiem-tai-vuon-trai-cay-my-khanh",
        "Các bé lớp Lá tham quan, trải nghiệm tại vườn trái cây Mỹ Khánh",
        "hoat-dong-cua-be",
        "2026-11-18T14:10:00+07:00",
        [
            Img("/images/2026/11/tham-quan-my-khanh-bia.jpg", style="cover"),
            P(
                "Thực hiện kế hoạch tổ chức hoạt động trải nghiệm ngoài nhà trường năm học "
                "2026 – 2027, ngày 15/11/2026, Trường Mầm non Sơn Ca đã tổ chức cho 112 cháu thuộc "
                "ba lớp Lá đi tham quan, trải nghiệm tại Làng du lịch Mỹ Khánh, huyện Phong Điền."
            ),
            P(
                "Chuyến đi có sự đồng hành của Ban Giám hiệu, giáo viên chủ nhiệm, nhân viên y tế và "
                "đại diện Ban đại diện cha mẹ học sinh các lớp. Trước khi khởi hành, các cô đã dặn dò "
                "trẻ những điều cần nhớ khi đi xe, khi qua cầu khỉ và khi đến những nơi đông người, "
                "ôn lại những bài học mà các bé đã được học trong tuần lễ an toàn giao thông vừa qua."
            ),
            P(
                "Đến với vườn trái cây, các bé vô cùng thích thú khi được tận mắt nhìn thấy những "
                "cây chôm chôm, vú sữa, mận, bưởi da xanh đang trĩu quả. Các bé được nghe cô chủ "
                "vườn giới thiệu cách chăm sóc cây, cách bao trái để tránh sâu bệnh và được tự tay "
                "hái những trái chôm chôm chín đỏ."
            ),
            Img(
                "/images/2026/11/be-hai-chom-chom.jpg",
                "Các bé lớp Lá 2 hái chôm chôm trong vườn",
                "Các bé lớp Lá 2 hái chôm chôm trong vườn",
            ),
            P(
                "Bên cạnh đó, các bé còn được xem biểu diễn đua heo, cho cá ăn, chơi các trò chơi "
                "dân gian như nhảy dây, kéo co, bịt mắt bắt dê trên bãi cỏ rộng. Tiếng cười nói của "
                "các bé vang khắp khu vườn."
            ),
            P(
                "Buổi trưa, các bé cùng nhau dùng bữa tại nhà hàng của khu du lịch, sau đó nghỉ "
                "ngơi và trở về trường vào lúc 15 giờ cùng ngày trong niềm vui hân hoan."
            ),
            Img("/images/2026/11/tham-quan-my-khanh-3.jpg", style="bare"),
            P(
                "Qua chuyến tham quan, trẻ được mở rộng hiểu biết về thế giới thực vật, các loại "
                "trái cây đặc sản của quê hương Cần Thơ, đồng thời rèn luyện kỹ năng tự phục vụ, "
                "tinh thần đoàn kết và ý thức bảo vệ môi trường."
            ),
            _right("Bài, ảnh: Nguyễn Thị Mỹ Duyên (GV lớp Lá 2)", italic=True),
        ],
        authors=["Nguyễn Thị Mỹ Duyên"],
        photographers=["Nguyễn Thị Mỹ Duyên"],
        opts={
            "info_author": "Super User",
            "links": {
                "tuần lễ an toàn giao thông": "/index.php/hoat-dong-cua-be/198-tuan-le-atgt-2026",
            },
        },
    ),
    Story(
        203,
        "tuan-le-be-voi-sach-tai-thu-vien-than-thien",
        "Tuần lễ “Bé với sách” tại thư viện thân thiện",
        "hoat-dong-cua-be",
        "2026-11-10T09:30:00+07:00",
        [
            Img("/images/2026/11/be-voi-sach-bia.jpg", style="cover"),
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, từ ngày 03 đến "
                "07/11/2026, Trường Mầm non Sơn Ca tổ chức Tuần lễ “Bé với sách” cho trẻ ở tất cả "
                "các khối lớp."
            ),
            P(
                "Trong tuần lễ, thư viện thân thiện của nhà trường được sắp xếp lại với nhiều góc "
                "sách hấp dẫn: góc truyện tranh, góc sách khoa học thường thức, góc sách tự làm của "
                "các lớp. Mỗi ngày, các lớp luân phiên đến thư viện để được các cô đọc truyện, kể "
                "chuyện theo tranh và tự chọn những cuốn sách mình yêu thích."
            ),
            P(
                "Hoạt động được các bé yêu thích nhất là “Bé làm sách tranh”. Từ những tờ giấy bìa, "
                "hình cắt từ sách báo cũ, bút màu và hồ dán, các bé đã cùng cô tạo nên những cuốn "
                "sách nhỏ xinh về chủ đề gia đình, trường mầm non và các con vật đáng yêu."
            ),
            Img(
                "/images/2026/11/co-minh-thu-ke-chuyen.jpg",
                "Cô Minh Thư kể chuyện “Chú Dê Đen” cho các bé lớp Mầm 1",
                "Cô Minh Thư kể chuyện “Chú Dê Đen” cho các bé lớp Mầm 1",
                style="fig",
            ),
            P(
                "Nhà trường cũng phát động phong trào “Mỗi gia đình tặng một cuốn sách” và nhận "
                "được hơn 250 cuốn sách, truyện thiếu nhi do phụ huynh đóng góp để bổ sung cho tủ "
                "sách các lớp."
            ),
            P(
                "Thông qua tuần lễ, trẻ được làm quen với sách, biết cách giữ gìn sách, hình thành "
                "thói quen đọc và kỹ năng tiền đọc viết, chuẩn bị tốt cho trẻ bước vào lớp Một."
            ),
            Raw(
                '<p style="text-align: center;">{phocagallery view=category|categoryid=12|'
                "limitstart=0|limitcount=8}</p>"
            ),
            Raw(
                '<p style="text-align: right;"><em>Tin: Trần Minh Thư – Ảnh: Phạm Quốc Huy</em>'
                "</p>"
            ),
            Raw("<p>{jcomments on}</p>"),
        ],
        authors=["Trần Minh Thư"],
        photographers=["Phạm Quốc Huy"],
        opts={"info_author": "Super User", "modified": "2026-11-12T10:02:44+07:00"},
    ),
    Story(
        198,
        "be-voi-an-toan-giao-thong-doi-mu-bao-hiem-dung-cach",
        "Bé với an toàn giao thông: đội mũ bảo hiểm đúng cách",
        "hoat-dong-cua-be",
        "2026-10-28T08:00:00+07:00",
        [
            Img("/images/2026/10/an-toan-giao-thong-bia.jpg", style="cover"),
            P(
                "Nhằm trang bị cho trẻ những hiểu biết ban đầu về an toàn giao thông, từ ngày 19 "
                "đến 23/10/2026, Trường Mầm non Sơn Ca phối hợp với Đội Cảnh sát giao thông – Trật "
                "tự Công an quận Ninh Kiều tổ chức tuần lễ “Bé với an toàn giao thông”."
            ),
            P(
                "Tại buổi ngoại khóa, các chú cảnh sát giao thông đã giới thiệu với các bé về các "
                "loại biển báo quen thuộc, ý nghĩa của đèn tín hiệu xanh, vàng, đỏ và hướng dẫn trẻ "
                "cách đội mũ bảo hiểm đúng cách khi ngồi sau xe máy cùng bố mẹ."
            ),
            P("Những điều bé cần nhớ khi tham gia giao thông:", "strong"),
            P("Luôn đội mũ bảo hiểm và cài quai khi ngồi trên xe máy, xe đạp điện.", "li"),
            P("Ngồi ngay ngắn phía sau người lớn, không đứng lên hay đùa nghịch trên xe.", "li"),
            P(
                "Khi qua đường phải nắm tay người lớn và đi trên vạch kẻ đường dành cho người đi bộ.",
                "li",
            ),
            P("Không chơi đùa, chạy nhảy dưới lòng đường, gần bờ sông, kênh rạch.", "li"),
            P(
                "Sau phần tìm hiểu, các bé được thực hành trên sa bàn giao thông thu nhỏ được dựng "
                "ngay tại sân trường: bé làm chú cảnh sát điều khiển giao thông, bé làm người đi bộ, "
                "bé lái xe ô tô đồ chơi dừng đúng đèn đỏ. Các bé rất hào hứng và ghi nhớ bài học rất "
                "nhanh."
            ),
            Img(
                "/images/2026/10/chu-canh-sat-huong-dan-doi-mu.jpg",
                "Chú cảnh sát hướng dẫn các bé cách đội mũ bảo hiểm",
                "Chú cảnh sát hướng dẫn các bé cách đội mũ bảo hiểm",
            ),
            P(
                "Dịp này, Công an quận Ninh Kiều đã trao tặng 150 mũ bảo hiểm đạt chuẩn cho các "
                "cháu khối Chồi và khối Lá của nhà trường."
            ),
        ],
        opts={"info_author": "Super User", "old_alias": "tuan-le-atgt-2026"},
    ),
    Story(
        192,
        "be-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
        "Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        "hoat-dong-cua-be",
        "2026-10-20T10:15:00+07:00",
        [
            Img("/images/2026/10/be-lam-thiep-20-10-bia.jpg", style="cover"),
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
                "20/10/2026), các bé lớp Chồi 3 đã cùng cô tổ chức hoạt động “Bé làm thiệp yêu "
                "thương” để dành tặng bà, tặng mẹ và các cô giáo."
            ),
            P(
                "Với giấy màu, nơ, hoa khô, kim tuyến và những chiếc cúc áo nhiều màu sắc, các bé đã "
                "tự tay cắt, dán, trang trí nên những tấm thiệp xinh xắn. Bạn thì vẽ hình trái tim, "
                "bạn thì dán bông hoa, có bạn còn nhờ cô viết giúp dòng chữ “Con yêu mẹ”."
            ),
            Img(
                "/images/2026/10/thiep-chon-3.jpg",
                "Những tấm thiệp xinh xắn do các bé lớp Chồi 3 tự làm",
                "Những tấm thiệp xinh xắn do các bé lớp Chồi 3 tự làm",
            ),
            P("Qua hoạt động, bé biết được ngày 20/10 là ngày dành cho bà, cho mẹ, cho cô và các bạn gái.", "emo"),
            P("Bé rèn luyện đôi bàn tay khéo léo qua các thao tác cắt, dán, xé giấy.", "emo"),
            P("Bé biết bày tỏ tình cảm yêu thương, lòng biết ơn với những người phụ nữ thân yêu.", "emo"),
            P(
                "Cuối giờ học, các bé trao tận tay tấm thiệp cho mẹ khi mẹ đến đón và không quên gửi "
                "tặng mẹ một cái ôm thật chặt. 💐 Chúc bà, chúc mẹ và các cô luôn vui khỏe, xinh đẹp!"
            ),
            _right("Lớp Chồi 3"),
        ],
        authors=["Lớp Chồi 3"],
        opts={"info_author": "Super User"},
    ),
    Story(
        216,
        "doan-phong-gd-dt-quan-ninh-kieu-kiem-tra-cong-tac-ban-tru-va-ve-sinh-an-toan-thuc-pham",
        "Đoàn Phòng GD&ĐT quận Ninh Kiều kiểm tra công tác bán trú và vệ sinh an toàn thực phẩm",
        "tin-nha-truong",
        "2026-12-04T15:40:00+07:00",
        [
            Img("/images/2026/12/kiem-tra-ban-tru-bia.jpg", style="cover"),
            P(
                "Ngày 03/12/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo quận Ninh Kiều do bà "
                "Võ Thị Kim Loan, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác tổ chức "
                "bán trú và bảo đảm vệ sinh an toàn thực phẩm tại Trường Mầm non Sơn Ca."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ nguồn gốc thực phẩm, hợp đồng cung cấp thực phẩm, sổ kiểm "
                "thực ba bước, sổ lưu mẫu thức ăn, giấy chứng nhận sức khỏe của nhân viên nấu ăn cùng "
                "các điều kiện cơ sở vật chất của bếp ăn một chiều."
            ),
            P(
                "Qua kiểm tra, đoàn ghi nhận nhà trường đã thực hiện đúng quy trình bếp ăn một "
                "chiều, thực phẩm có nguồn gốc rõ ràng, thực đơn được xây dựng theo tuần, thay đổi đa "
                "dạng, bảo đảm cân đối dinh dưỡng theo độ tuổi. Khu vực chế biến, chia thức ăn sạch "
                "sẽ, thoáng mát; đồ dùng ăn uống của trẻ được tiệt trùng hằng ngày."
            ),
            P(
                "Bên cạnh những kết quả đạt được, đoàn cũng đề nghị nhà trường tiếp tục cập nhật đầy "
                "đủ hồ sơ theo dõi biểu đồ tăng trưởng, chú trọng các biện pháp can thiệp đối với trẻ "
                "suy dinh dưỡng, thừa cân, béo phì và tăng cường phối hợp với phụ huynh trong việc "
                "chăm sóc dinh dưỡng cho trẻ tại gia đình."
            ),
            P(
                "Thay mặt nhà trường, bà Trần Thị Ngọc Bích, Hiệu trưởng, tiếp thu các ý kiến đóng "
                "góp của đoàn và cam kết sẽ khắc phục kịp thời những hạn chế, tiếp tục nâng cao chất "
                "lượng công tác nuôi dưỡng, chăm sóc trẻ."
            ),
            _right("Nguồn: Phòng GD&ĐT quận Ninh Kiều", italic=True),
        ],
        source="Phòng GD&ĐT quận Ninh Kiều",
        opts={"info_author": "Super User"},
    ),
    Story(
        209,
        "truong-mam-non-son-ca-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường Mầm non Sơn Ca họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-nha-truong",
        "2026-11-20T11:20:00+07:00",
        [
            Img("/images/2026/11/hop-mat-20-11-bia.jpg", style="cover"),
            P(
                "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm áp, trang trọng.",
                "b",
            ),
            P(
                "Đến dự buổi họp mặt có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Ninh Kiều, "
                "Đảng ủy, Ủy ban nhân dân phường Xuân Khánh, Ban đại diện cha mẹ học sinh cùng toàn "
                "thể cán bộ, giáo viên, nhân viên nhà trường qua các thời kỳ."
            ),
            P(
                "Phát biểu tại buổi họp mặt, bà Trần Thị Ngọc Bích, Hiệu trưởng nhà trường ôn lại "
                "truyền thống vẻ vang của ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật "
                "mà tập thể sư phạm nhà trường đạt được trong năm học 2025 – 2026: 100% trẻ được bảo "
                "đảm an toàn tuyệt đối; tỉ lệ bé chuyên cần đạt 97,6%; nhà trường được công nhận đạt "
                "chuẩn quốc gia mức độ 2 và được UBND thành phố Cần Thơ tặng Bằng khen."
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường và 3 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp quận."
            ),
            Img(
                "/images/2026/11/trao-giay-khen-20-11.jpg",
                "Ban Giám hiệu trao giấy khen cho các giáo viên đạt thành tích xuất sắc",
                "Ban Giám hiệu trao giấy khen cho các giáo viên đạt thành tích xuất sắc",
            ),
            P(
                "Chương trình văn nghệ chào mừng với những tiết mục múa, hát do chính các cô giáo và "
                "các bé biểu diễn đã mang đến nhiều cảm xúc cho người tham dự. Đặc biệt, tiết mục "
                "“Cô giáo em là hoa ban” của các bé lớp Lá 1 đã khiến nhiều thầy cô xúc động."
            ),
            Img("/images/2026/11/van-nghe-20-11.jpg", "(Ảnh: Hoàng Yến)", None),
            P(
                "Buổi họp mặt là dịp để các thế hệ thầy cô gặp gỡ, ôn lại kỷ niệm, đồng thời tiếp "
                "thêm động lực để đội ngũ giáo viên nhà trường tiếp tục vững bước trên con đường sự "
                "nghiệp “trồng người”."
            ),
            _right("Tin, ảnh: Hoàng Yến"),
        ],
        authors=["Hoàng Yến"],
        photographers=["Hoàng Yến"],
        summary=(
            "Sáng ngày 19/11/2026, Trường Mầm non Sơn Ca tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm áp, trang trọng."
        ),
        opts={"info_author": "Super User", "featured": True, "modified": "2026-11-21T07:48:30+07:00"},
    ),
    Story(
        205,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "tin-nha-truong",
        "2026-11-13T16:45:00+07:00",
        [
            Img("/images/2026/11/hoi-thi-gvdg-bia.jpg", style="cover"),
            P(
                "Thực hiện kế hoạch năm học 2026 – 2027, nhằm tạo sân chơi bổ ích để giáo viên giao "
                "lưu, học hỏi kinh nghiệm, từ ngày 02 đến 12/11/2026, Trường Mầm non Sơn Ca tổ chức "
                "Hội thi giáo viên dạy giỏi cấp trường."
            ),
            P(
                "Hội thi có 18 giáo viên đăng ký tham gia, thuộc 3 tổ chuyên môn Nhà trẻ, Mẫu giáo "
                "bé – nhỡ và Mẫu giáo lớn. Mỗi giáo viên phải trải qua hai phần thi: trình bày biện "
                "pháp nâng cao chất lượng chăm sóc, giáo dục trẻ và thực hành tổ chức một hoạt động "
                "giáo dục trên trẻ."
            ),
            P(
                "Ban giám khảo gồm các đồng chí trong Ban Giám hiệu và tổ trưởng chuyên môn có nhiều "
                "kinh nghiệm. Các tiết dạy được đánh giá theo tiêu chí của Phòng GD&ĐT, chú trọng "
                "việc lấy trẻ làm trung tâm, tạo cơ hội cho trẻ được trải nghiệm, khám phá."
            ),
            P(
                "Nhiều giáo viên đã mạnh dạn ứng dụng công nghệ thông tin, tận dụng nguyên vật liệu "
                "thiên nhiên, phế liệu sẵn có ở địa phương để làm đồ dùng, đồ chơi phục vụ tiết dạy, "
                "tạo hứng thú cho trẻ."
            ),
            Raw('<hr title="Kết quả hội thi" alt="Kết quả hội thi" class="system-pagebreak">'),
            P("Kết quả hội thi", "h3"),
            P(
                "Sau 9 ngày diễn ra sôi nổi, nghiêm túc, hội thi đã kết thúc thành công tốt đẹp. Ban "
                "tổ chức đã công nhận 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, "
                "trong đó có 4 giáo viên đạt loại xuất sắc:"
            ),
            P("STT | Họ và tên | Lớp | Xếp loại", "tr"),
            P("1 | Nguyễn Thị Mỹ Duyên | Lá 2 | Xuất sắc", "tr"),
            P("2 | Lê Thị Thu Hà | Chồi 1 | Xuất sắc", "tr"),
            P("3 | Trần Minh Thư | Mầm 1 | Xuất sắc", "tr"),
            P("4 | Huỳnh Ngọc Trâm | Nhà trẻ 2 | Xuất sắc", "tr"),
            P(
                "Các giáo viên đạt thành tích cao sẽ được nhà trường chọn cử tham dự Hội thi giáo "
                "viên dạy giỏi cấp quận dự kiến tổ chức vào tháng 3/2027."
            ),
            _right("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"info_author": "Super User", "pages": ["Tổ chức hội thi", "Kết quả hội thi"]},
    ),
    Story(
        195,
        "tap-huan-ky-nang-so-cap-cuu-va-phong-chong-duoi-nuoc",
        "Tập huấn kỹ năng sơ cấp cứu và phòng chống đuối nước cho cán bộ, giáo viên",
        "tin-nha-truong",
        "2026-10-24T14:30:00+07:00",
        [
            Img("/images/2026/10/tap-huan-so-cap-cuu-bia.jpg", style="cover"),
            P(
                "Chiều ngày 23/10/2026, Trường Mầm non Sơn Ca phối hợp với Trạm Y tế phường Xuân "
                "Khánh tổ chức buổi tập huấn kỹ năng sơ cấp cứu ban đầu và phòng chống đuối nước cho "
                "toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi tập huấn, bác sĩ Lâm Hoàng Phúc đã hướng dẫn các kỹ năng xử trí khi trẻ bị "
                "hóc dị vật đường thở, bị ngã chảy máu, bị bỏng, bị côn trùng đốt và đặc biệt là cách "
                "sơ cứu trẻ bị đuối nước."
            ),
            P(
                "Cần Thơ là vùng đất có nhiều sông ngòi, kênh rạch nên nguy cơ đuối nước ở trẻ em "
                "luôn tiềm ẩn, nhất là vào mùa nước nổi. Vì vậy, mỗi giáo viên mầm non cần nắm vững "
                "các kỹ năng sơ cứu để có thể xử trí kịp thời, đúng cách khi có tình huống xảy ra."
            ),
            P(
                "Sau phần lý thuyết, các cô được thực hành trực tiếp trên mô hình: thổi ngạt, ép tim "
                "ngoài lồng ngực, nghiệm pháp Heimlich cho trẻ nhỏ dưới sự hướng dẫn, giám sát của "
                "nhân viên y tế."
            ),
            Img(
                "/images/2026/10/thuc-hanh-ep-tim.jpg",
                "Giáo viên thực hành ép tim ngoài lồng ngực trên mô hình",
                "Giáo viên thực hành ép tim ngoài lồng ngực trên mô hình",
                style="tbl",
            ),
            P(
                "Buổi tập huấn đã giúp đội ngũ cán bộ, giáo viên, nhân viên nhà trường nâng cao "
                "nhận thức, trang bị thêm kiến thức và kỹ năng cần thiết, góp phần xây dựng trường "
                "học an toàn, phòng chống tai nạn thương tích cho trẻ."
            ),
            _right("Tin, ảnh: Tổ Văn phòng", italic=True),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Tổ Văn phòng"],
        opts={"info_author": "Super User"},
    ),
    Story(
        217,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "thong-bao",
        "2026-12-01",
        [
            Raw("@letterhead"),
            P(
                "Căn cứ Công văn số 3145/UBND-VX ngày 25/11/2026 của Ủy ban nhân dân quận Ninh Kiều "
                "về việc nghỉ Tết Dương lịch năm 2027;"
            ),
            P(
                "Trường Mầm non Sơn Ca thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 "
                "như sau:"
            ),
            P("1. Thời gian nghỉ: Trẻ được nghỉ học 01 ngày vào Thứ Sáu, ngày 01/01/2027."),
            P("2. Thời gian đi học trở lại: Thứ Hai, ngày 04/01/2027."),
            P(
                "3. Trong thời gian nghỉ, đề nghị quý phụ huynh quan tâm chăm sóc, bảo đảm an toàn "
                "cho trẻ, không cho trẻ chơi gần ao hồ, sông rạch, hạn chế đưa trẻ đến nơi đông "
                "người."
            ),
            P(
                "Nhà trường trân trọng thông báo đến quý phụ huynh được biết và phối hợp thực "
                "hiện./."
            ),
            Raw("@signature"),
        ],
        authors=["Trần Thị Ngọc Bích"],
        opts={
            "info_author": "Super User",
            "printed_up": "2026-12-02T09:15:00+07:00",
            "attachments": [
                (
                    "TB-52-nghi-Tet-Duong-lich-2027.pdf",
                    "Thông báo số 52/TB-MNSC (bản scan có chữ ký)",
                    "198 KB",
                    41,
                )
            ],
        },
    ),
    Story(
        212,
        "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-hoc-ky-ii-nam-hoc-2026-2027",
        "Thông báo tuyển sinh bổ sung trẻ nhà trẻ (18 – 36 tháng tuổi) học kỳ II năm học 2026 – 2027",
        "thong-bao",
        "2026-11-25T07:50:00+07:00",
        [
            P(
                "Trường Mầm non Sơn Ca thông báo tuyển sinh bổ sung trẻ nhà trẻ học kỳ II năm học "
                "2026 – 2027, cụ thể như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "strong"),
            P(
                "Trẻ sinh năm 2024 và năm 2025 (từ 18 đến 36 tháng tuổi tính đến thời điểm nhập "
                "học) đang cư trú trên địa bàn phường Xuân Khánh và các phường lân cận."
            ),
            P("2. Chỉ tiêu tuyển sinh", "strong"),
            P("Nhóm trẻ 18 – 24 tháng tuổi: 10 cháu; nhóm trẻ 25 – 36 tháng tuổi: 15 cháu."),
            P("3. Hồ sơ gồm", "strong"),
            P("Đơn xin nhập học (theo mẫu của nhà trường, đính kèm bên dưới);", "li"),
            P("Bản sao giấy khai sinh của trẻ;", "li"),
            P("Bản sao sổ tiêm chủng hoặc giấy xác nhận tiêm chủng của trẻ.", "li"),
            P(
                "4. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026, trong giờ "
                "hành chính, tại Văn phòng nhà trường. Mọi chi tiết xin liên hệ số điện thoại "
                "0292 3 831 246 (gặp cô Hoàng Yến)."
            ),
        ],
        opts={
            "info_author": "Super User",
            "attachments": [
                ("Don-xin-nhap-hoc-nha-tre-HKII.pdf", "Mẫu đơn xin nhập học", "86 KB", 57)
            ],
        },
    ),
    Story(
        200,
        "thong-bao-ve-viec-to-chuc-kham-suc-khoe-dinh-ky-cho-tre-dot-1",
        "Thông báo về việc tổ chức khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 – 2027",
        "thong-bao",
        "2026-11-14",
        [
            P(
                "Nhằm theo dõi tình trạng sức khỏe, phát hiện sớm các bệnh thường gặp ở trẻ mầm "
                "non, Trường Mầm non Sơn Ca phối hợp với Trạm Y tế phường Xuân Khánh tổ chức khám sức "
                "khỏe định kỳ đợt 1 cho trẻ như sau:"
            ),
            P("Thời gian: từ ngày 18/11/2026 đến ngày 20/11/2026 (buổi sáng, từ 8 giờ 00).", "li"),
            P("Địa điểm: Phòng Y tế – Trường Mầm non Sơn Ca.", "li"),
            P(
                "Nội dung khám: cân, đo chiều cao, khám răng miệng, mắt, tai mũi họng, da liễu và tư "
                "vấn dinh dưỡng.",
                "li",
            ),
            P(
                "Đề nghị quý phụ huynh cho trẻ đi học đầy đủ, đúng giờ trong những ngày khám. Trường "
                "hợp trẻ đang có vấn đề về sức khỏe, phụ huynh vui lòng báo trước cho giáo viên chủ "
                "nhiệm để được hỗ trợ."
            ),
            _right("Bộ phận Y tế"),
        ],
        authors=["Bộ phận Y tế"],
        opts={"info_author": "Super User", "printed_up": "2026-11-14T00:00:00+07:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(alias: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == alias), key=lambda s: -s.id)


def _up(story: Story) -> str:
    """The publish_up the page prints in ``datetime`` (full time, +07:00)."""
    return story.opts.get("printed_up") or story.published_at


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=_up, reverse=True)[:n]


def art_path(story: Story, alias: str | None = None) -> str:
    return f"/index.php/{story.cat}/{story.id}-{alias or story.slug}"


def print_path(story: Story) -> str:
    return art_path(story) + "?tmpl=component&print=1"


NONSEF_212 = "/index.php?option=com_content&view=article&id=212:thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-hoc-ky-ii-nam-hoc-2026-2027&catid=10&Itemid=106"

# --- formatting ------------------------------------------------------------------------------


def _day(iso: str) -> str:
    """J4 vi-VN DATE_FORMAT_LC3 ("d F Y")."""
    y, m, d = iso[:10].split("-")
    return f"{d} Tháng {int(m)} {y}"


def _dmy(iso: str, sep: str = "/") -> str:
    y, m, d = iso[:10].split("-")
    return f"{d}{sep}{m}{sep}{y}"


def _fa(icon: str) -> str:
    return f'<span class="{icon}" aria-hidden="true"></span>'


def _sig_id(folder: str) -> str:
    return hashlib.md5(folder.encode()).hexdigest()[:10]


# --- chrome ----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/index.php", None),
    (
        "Giới thiệu",
        "/index.php/gioi-thieu-chung",
        [
            ("Giới thiệu chung", "/index.php/gioi-thieu-chung"),
            ("Đội ngũ giáo viên", "/index.php/doi-ngu-giao-vien"),
            ("Chế độ sinh hoạt một ngày", "/index.php/che-do-sinh-hoat"),
        ],
    ),
    (
        "Tin tức",
        None,
        [
            ("Hoạt động của bé", "/index.php/hoat-dong-cua-be"),
            ("Tin nhà trường", "/index.php/tin-nha-truong"),
        ],
    ),
    ("Thông báo", "/index.php/thong-bao", None),
    (
        "Thư viện",
        None,
        [("Thư viện ảnh", "/index.php/thu-vien-anh"), ("Video", "/index.php/video")],
    ),
    ("Liên hệ", "/index.php/lien-he", None),
]


def _megamenu(active: str) -> str:
    items = []
    for label, href, children in _MENU:
        child_hrefs = [c[1] for c in children or []]
        is_active = active == href or active in child_hrefs
        cls = "sp-menu-item" + (" sp-has-child" if children else "") + (" active" if is_active else "")
        current = ' aria-current="page"' if active == href else ""
        head = (
            f'<a href="{href}"{current}>{label}</a>'
            if href
            else f'<span class=" sp-menu-separator">{label}</span>'
        )
        sub = ""
        if children:
            lis = "".join(
                f'<li class="sp-menu-item{" current-item active" if h == active else ""}">'
                f'<a href="{h}">{t}</a></li>'
                for t, h in children
            )
            sub = (
                '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 240px;">'
                f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{lis}</ul></div></div>'
            )
        items.append(f'<li class="{cls}">{head}{sub}</li>')
    return (
        '<nav class="sp-megamenu-wrapper d-flex" role="navigation">'
        '<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" '
        'href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span>'
        "</div></a>"
        '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">'
        + "".join(items)
        + "</ul></nav>"
    )


def _offcanvas() -> str:
    lis = []
    for i, (label, href, children) in enumerate(_MENU):
        node = f'<a href="{href}">{label}</a>' if href else f'<span class="nav-header ">{label}</span>'
        sub = ""
        if children:
            sub = '<ul class="mod-menu__sub list-unstyled small">' + "".join(
                f'<li class="item-{120 + i * 3 + j}"><a href="{h}">{t}</a></li>'
                for j, (t, h) in enumerate(children)
            ) + "</ul>"
        lis.append(f'<li class="item-{101 + i}{" deeper parent" if children else ""}">{node}{sub}</li>')
    return (
        '<div class="offcanvas-overlay"></div><div class="offcanvas-menu">'
        '<div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" '
        'aria-label="Đóng"><div class="burger-icon" aria-hidden="true"><span></span><span></span>'
        '<span></span></div></a></div><div class="offcanvas-inner"><div class="sp-module ">'
        '<div class="sp-module-content"><ul class="menu nav-pills">'
        + "".join(lis)
        + "</ul></div></div></div></div>"
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    lis = [
        '<li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true">'
        "</span></li>"
    ]
    for pos, (label, href) in enumerate(crumbs, 1):
        last = pos == len(crumbs)
        if href and not last:
            inner = f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        cls = "breadcrumb-item" + (" active" if last else "")
        lis.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="{cls}">'
            f'{inner}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
        + "".join(lis)
        + "</ol>"
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in _latest(5)
    )
    links = "".join(
        f'<option value="{u}">{t}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&amp;ĐT TP. Cần Thơ", "https://cantho.edu.vn"),
            ("Cổng TTĐT quận Ninh Kiều", "https://ninhkieu.cantho.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
        ]
    )
    rows = "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/{ic}.png" '
        f'alt="{lb}" title="{lb}"></td><td>{lb}</td><td align="right">{n}</td></tr>'
        for ic, lb, n in [
            ("vtoday", "Hôm nay", "127"),
            ("vyesterday", "Hôm qua", "342"),
            ("vweek", "Tuần này", "1.208"),
            ("vmonth", "Tháng này", "1.535"),
            ("vall", "Tổng truy cập", "486.913"),
        ]
    )
    digits = "".join(
        f'<span class="vvisit_digit_counter_embos vvisit_digit_counter_embos_{d}"></span>' for d in "486913"
    )
    return (
        '<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">'
        '<div class="sp-module  tin-moi"><h3 class="sp-module-title">Tin mới</h3>'
        f'<div class="sp-module-content"><ul class="latestnews mod-list">{latest}</ul></div></div>'
        '<div class="sp-module "><h3 class="sp-module-title">Liên kết website</h3>'
        '<div class="sp-module-content"><div class="custom"><select class="form-select" '
        "onchange=\"if(this.value){window.open(this.value,'_blank')}\">"
        f'<option value="">-- Chọn liên kết --</option>{links}</select></div></div></div>'
        '<div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3>'
        '<div class="sp-module-content"><!-- Vinaora Visitors Counter >> http://vinaora.com/ -->'
        '<div class="vfvvisit"><div class="vrvvisit"><div class="vvisit_counter vvisit_counter_default">'
        f'<div class="vvisit_digit_counter">{digits}</div><div class="vvisit_stats">'
        f'<table cellpadding="0" cellspacing="0" style="width: 95%;"><tbody>{rows}</tbody></table></div>'
        '<hr style="width: 90%"><div>Đang online: 14</div><div>Hôm nay: Thứ Bảy, 05-12-2026</div>'
        "</div></div></div></div></div>"
        '<div class="sp-module "><h3 class="sp-module-title">Fanpage</h3><div class="sp-module-content">'
        '<div class="fb-page" data-href="https://www.facebook.com/mamnonsonca.ninhkieu" '
        'data-tabs="timeline" data-height="320"><blockquote cite="https://www.facebook.com/mamnonsonca.ninhkieu" '
        'class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/mamnonsonca.ninhkieu">'
        "Trường Mầm non Sơn Ca - Ninh Kiều</a></blockquote></div></div></div>"
        "</div></aside>"
    )


def _layout(
    request: Request,
    *,
    title: str,
    body_cls: str,
    active: str,
    heading: str | None,
    crumbs: list[tuple[str, str | None]] | None,
    main: str,
    sidebar: bool = True,
    head_extra: str = "",
) -> str:
    page_title = (
        '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 ">'
        '<div class="sp-column "><div class="sp-page-title"><div class="container">'
        f'<h2 class="sp-page-title-heading">{esc(heading)}</h2>{_breadcrumb(crumbs)}'
        "</div></div></div></div></div></section>"
        if heading and crumbs
        else ""
    )
    main_cls = "col-lg-9" if sidebar else "col-lg-12"
    return (
        '<!doctype html>\n<html lang="vi-vn" dir="ltr">\n<head>\n'
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="description" content="{esc(META_DESC)}">\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        f"<title>{esc(title)}</title>\n"
        '<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">\n'
        '<link href="/media/templates/site/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">\n'
        '<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">\n'
        '<link href="/templates/shaper_helixultimate/css/presets/preset7.css" rel="stylesheet">\n'
        '<link href="/plugins/content/jw_sig/jw_sig/tmpl/Classic/css/template.css" rel="stylesheet">\n'
        '<link href="/components/com_attachments/media/attachments.css" rel="stylesheet">\n'
        '<style>body{font-family:"Baloo 2",sans-serif}#sp-top-bar{background:#ff8a3d}'
        ".sp-page-title{background:#7cc7e8}.sigFreePrintMessage{display:none}</style>\n"
        '<script type="application/json" class="joomla-script-options new">{"csrf.token":'
        '"6f1c0b2e9a7d45e38c1f0a9b2d7e4c51","system.paths":{"root":"","rootFull":"'
        + base_url(request)
        + '/","base":"","baseFull":"'
        + base_url(request)
        + '/"}}</script>\n'
        '<script src="/media/system/js/core.min.js"></script>\n'
        '<script src="/templates/shaper_helixultimate/js/main.js" defer></script>\n'
        + head_extra
        + "</head>\n"
        f'<body class="site helix-ultimate hu {body_cls} vi-vn ltr sticky-header layout-fluid '
        'offcanvas-init offcanvs-position-right">\n'
        '<div class="body-wrapper"><div class="body-innerwrapper">\n'
        '<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">'
        '<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start">'
        f'<div class="sp-module "><div class="sp-module-content"><div class="custom"><p>{_fa("far fa-calendar-alt")} '
        f"{HEADER_DATE}</p></div></div></div>"
        '</div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end">'
        '<ul class="sp-contact-info"><li class="sp-contact-phone">'
        f'{_fa("fas fa-phone")} <a href="tel:02923831246">0292 3 831 246</a></li>'
        f'<li class="sp-contact-email">{_fa("far fa-envelope")} '
        '<a href="mailto:mnsonca.ninhkieu@cantho.edu.vn">mnsonca.ninhkieu@cantho.edu.vn</a></li></ul>'
        '<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" '
        'href="https://www.facebook.com/mamnonsonca.ninhkieu" aria-label="Facebook">'
        f'{_fa("fab fa-facebook")}</a></li><li class="social-icon-youtube"><a target="_blank" '
        'rel="noopener noreferrer" href="https://www.youtube.com/@mamnonsonca" aria-label="Youtube">'
        f'{_fa("fab fa-youtube")}</a></li></ul>'
        "</div></div></div></div></div></div>\n"
        '<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">'
        '<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">'
        '<img class="logo-image d-none d-lg-inline-block" src="/images/logo/logo-mn-son-ca.png" '
        f'alt="{SITE}"><img class="logo-image-phone d-inline-block d-lg-none" '
        f'src="/images/logo/logo-mn-son-ca-mobile.png" alt="{SITE}"></a></div></div></div>'
        '<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">'
        + _megamenu(active)
        + "</div></div></div></div></div></header>\n"
        + page_title
        + '\n<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">\n'
        f'<main id="sp-component" class="{main_cls}" role="main"><div class="sp-column ">'
        '<div id="system-message-container" aria-live="polite"></div>\n'
        + main
        + "\n</div></main>\n"
        + (_sidebar() if sidebar else "")
        + "\n</div></div></div></section>\n"
        '<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">'
        '<div id="sp-bottom1" class="col-lg-6 "><div class="sp-column "><div class="sp-module ">'
        '<h3 class="sp-module-title">Trường Mầm non Sơn Ca</h3><div class="sp-module-content"><div class="custom">'
        f"<p>{_fa('fas fa-map-marker-alt')} Địa chỉ: Số 15 đường Mậu Thân, phường Xuân Khánh, quận Ninh Kiều, "
        "thành phố Cần Thơ</p>"
        f"<p>{_fa('fas fa-phone')} Điện thoại: 0292 3 831 246</p>"
        f"<p>{_fa('far fa-envelope')} Email: mnsonca.ninhkieu@cantho.edu.vn</p>"
        "</div></div></div></div></div>"
        '<div id="sp-bottom2" class="col-lg-6 "><div class="sp-column "><div class="sp-module ">'
        '<h3 class="sp-module-title">Giờ đón trẻ</h3><div class="sp-module-content"><div class="custom">'
        "<p>Sáng: 6 giờ 30 – 7 giờ 45 | Chiều: 16 giờ 15 – 17 giờ 00</p><p>Thứ Hai – Thứ Sáu</p>"
        "</div></div></div></div></div></div></div></div></section>\n"
        '<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">'
        '<div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">'
        "© 2026 Trường Mầm non Sơn Ca - Ninh Kiều. Thiết kế bởi Cần Thơ Web. Bản quyền thuộc về "
        "Trường Mầm non Sơn Ca.</span></div></div></div></div></div></footer>\n"
        "</div></div>\n"
        + _offcanvas()
        + '\n<a href="#" class="sp-scroll-up" aria-label="Scroll Up">'
        + _fa("fas fa-angle-up")
        + "</a>\n</body>\n</html>\n"
    )


# --- article text -----------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    out = text(value, nfd=bool(story.opts.get("nfd")))
    for anchor, href in story.opts.get("links", {}).items():
        out = out.replace(text(anchor, nfd=bool(story.opts.get("nfd"))), f'<a href="{href}">{text(anchor)}</a>')
    return out


def _img_tag(img: Img, width: int = 700, height: int = 467) -> str:
    return f'<img src="{esc(img.src)}" alt="" width="{width}" height="{height}" loading="lazy">'


def _sig_gallery(request: Request, story: Story, page: str, imgs: list[Img]) -> str:
    folder = story.opts["gallery"]
    gid = _sig_id(folder)
    lis = []
    for img in imgs:
        fname = img.src.rsplit("/", 1)[1]
        thumb = f"/cache/jw_sig/jw_sig_cache_{gid}_{fname.lower()}"
        lis.append(
            '<li class="sigFreeThumb">'
            f'<a href="{img.src}" class="sigFreeLink" style="width:200px;height:160px;" '
            f'title="Bạn đang xem ảnh có tên tệp {fname}" data-thumb="{thumb}" target="_blank" '
            f'data-fancybox="gallery{gid}">'
            '<img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" '
            f'alt="Nhấn vào để xem ảnh lớn {fname}" title="Nhấn vào để xem ảnh lớn {fname}" '
            f"style=\"width:200px;height:160px;background-image:url('{thumb}');\" /></a></li>"
        )
    url = f"{base_url(request)}{page}#sigFreeId{gid}"
    return (
        f'<ul id="sigFreeId{gid}" class="sigFreeContainer sigFreeClassic">'
        + "".join(lis)
        + '<li class="sigFreeClear">&nbsp;</li></ul>'
        f'<div class="sigFreePrintMessage">Xem thư viện ảnh trực tuyến tại: '
        f'<a title="{esc(story.title)}" href="{url}">{url}</a></div>'
    )


_EMOJI = '<img src="/media/editors/jce/img/emoji/1f338.png" alt="🌸" class="jce-emoji" width="20" height="20">'

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center;">UBND QUẬN NINH KIỀU<br><strong>TRƯỜNG MẦM NON SƠN CA'
    "</strong><br>Số: 52/TB-MNSC</td>"
    '<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập – Tự do – Hạnh phúc</u></strong><br><em>Ninh Kiều, ngày 01 tháng 12 năm 2026</em>"
    "</td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Về việc nghỉ Tết Dương lịch năm 2027'
    "</strong></p>"
)
_SIGNATURE = (
    '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<strong><em>Nơi nhận:</em></strong><br>- Phụ huynh học sinh;<br>- Đăng website trường;<br>- Lưu: VT."
    '</td><td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong>'
    "<br><br><em>(đã ký)</em><br><br><strong>Trần Thị Ngọc Bích</strong></td></tr></tbody></table>"
)


def _attachments(story: Story) -> str:
    rows = []
    for i, (fname, desc, size, downloads) in enumerate(story.opts.get("attachments", [])):
        href = f"/attachments/article/{story.id}/{fname}"
        rows.append(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td class="at_filename">'
            f'<a class="at_icon" href="{href}" target="_blank" title="Tải về tệp này: {esc(fname)} ({size})">'
            '<img src="/media/com_attachments/images/file_icons/pdf.gif" alt="Tải về tệp này"></a>&nbsp;'
            f'<a class="at_url" href="{href}" target="_blank" title="Tải về tệp này: {esc(fname)} ({size})">'
            f"{esc(fname)}</a></td>"
            f'<td class="at_description">{esc(desc)}</td><td class="at_file_size">{size}</td>'
            f'<td class="at_downloads">{downloads} lượt tải</td></tr>'
        )
    if not rows:
        return ""
    return (
        f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{story.id}">'
        "<table><caption>Tệp đính kèm:</caption><thead><tr><th class=\"at_filename\">Tệp</th>"
        '<th class="at_description">Mô tả</th><th class="at_file_size">Dung lượng</th>'
        '<th class="at_downloads">Lượt tải</th></tr></thead><tbody>'
        + "".join(rows)
        + "</tbody></table></div></div>"
    )


def _blocks_html(request: Request, story: Story, blocks: list, page: str) -> str:
    """The JCE text of ``blocks`` (cover excluded) as the editor's markup."""
    out: list[str] = []
    word = bool(story.opts.get("word"))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in group) + "</ul>")
            else:
                trs = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    cells = "".join(
                        f'<{tag} style="border: 1px solid #999; padding: 4px;">{_t(story, c)}</{tag}>'
                        for c in p.text.split(" | ")
                    )
                    trs.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 90%; margin-left: auto; '
                    f'margin-right: auto; border-collapse: collapse;"><tbody>{"".join(trs)}</tbody></table>'
                )
            i = j
            continue
        if isinstance(b, Img) and b.style == _SIG:
            j = i
            while j < len(blocks) and isinstance(blocks[j], Img) and blocks[j].style == _SIG:
                j += 1
            out.append(_sig_gallery(request, story, page, blocks[i:j]))
            i = j
            continue
        if isinstance(b, P):
            t = _t(story, b.text)
            if b.style == "h3":
                out.append(f'<h3 style="color: #e5731d;">{t}</h3>')
            elif b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "strong":
                out.append(f"<p><strong>{t}</strong></p>")
            elif b.style == "emo":
                out.append(f"<p>{_EMOJI} {t}</p>")
            elif word:
                out.append(
                    '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
                    'line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
                    f"font-family: 'Times New Roman', serif;\">{t}<o:p></o:p></span></p>"
                    '<p class="MsoNormal" style="text-align: justify;"><span lang="VI">&nbsp;<o:p></o:p></span></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="text-align: center;">{_img_tag(b)}'
                    f"<figcaption>{text(b.printed)}</figcaption></figure>"
                )
            elif b.style == "tbl":
                out.append(
                    '<table class="mceItemTable" style="margin-left: auto; margin-right: auto;" border="0">'
                    f"<tbody><tr><td>{_img_tag(b)}</td></tr>"
                    '<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                    f"{text(b.printed, nfd=bool(story.opts.get('nfd')))}</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{text(b.printed)}</em></p>')
        elif isinstance(b, Raw):
            if b.html == "@letterhead":
                out.append(_LETTERHEAD)
            elif b.html == "@signature":
                out.append(_SIGNATURE)
            elif "system-pagebreak" not in b.html:
                out.append(b.html)
        i += 1
    return "\n".join(out)


def _split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and "system-pagebreak" in b.html:
            pages.append([])
        elif not (isinstance(b, Img) and b.style == "cover"):
            pages[-1].append(b)
    return pages


def _cover(story: Story) -> Img | None:
    first = story.blocks[0]
    return first if isinstance(first, Img) and first.style == "cover" else None


# --- article pages --------------------------------------------------------------------------


def _info(story: Story, *, in_list: bool = False) -> str:
    cat = CATS[story.cat]
    author = story.opts.get("info_author", "Super User")
    up = _up(story)
    parts = [
        f'<span class="createdby" title="Viết bởi: {esc(author)}">{_fa("far fa-user")} '
        f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<span itemprop="name">{esc(author)}</span></span></span>',
        f'<span class="category-name" title="Danh mục: {esc(cat.name)}">{_fa("far fa-folder-open")} '
        f'<a href="/index.php/{cat.alias}">{esc(cat.name)}</a></span>',
        f'<span class="published" title="Ngày đăng: {_day(up)}">{_fa("far fa-calendar")} '
        f'<time datetime="{up}" itemprop="datePublished">{_day(up)}</time></span>',
    ]
    if not in_list and story.opts.get("modified"):
        mod = story.opts["modified"]
        parts.append(
            f'<span class="modified" title="Cập nhật lần cuối: {_day(mod)}">{_fa("far fa-edit")} '
            f'<time datetime="{mod}" itemprop="dateModified">Cập nhật: {_day(mod)}</time></span>'
        )
    if not in_list:
        parts.append(
            f'<span class="hits">{_fa("far fa-eye")} <meta itemprop="interactionCount" '
            f'content="UserPageVisits:{story.views()}">Lượt xem: {story.views()}</span>'
        )
    return '<div class="article-info">' + "\n".join(parts) + "</div>"


def _headline(story: Story, tag: str, link: bool = False) -> str:
    t = esc(story.title)
    if link:
        t = f'<a href="{art_path(story)}" itemprop="url">{t}</a>'
    badge = (
        ' <span class="badge bg-danger featured-article-badge">Nổi bật</span>'
        if story.opts.get("featured")
        else ""
    )
    return f'<{tag} itemprop="{"headline" if tag == "h1" else "name"}">{t}{badge}</{tag}>'


def _share(request: Request, story: Story) -> str:
    url = base_url(request) + art_path(story)
    lis = "".join(
        f'<li><a class="{cls}" onClick="window.open(\'{u}\',\'{name}\',\'width=600,height=300,'
        f"left='+(screen.availWidth/2-300)+',top='+(screen.availHeight/2-150)+''); return false;\" "
        f'href="{u}" title="{name}">{_fa(icon)}</a></li>'
        for cls, name, icon, u in [
            ("facebook", "Facebook", "fab fa-facebook", f"https://www.facebook.com/sharer.php?u={url}"),
            ("twitter", "Twitter", "fab fa-twitter", f"https://twitter.com/share?url={url}"),
            ("linkedin", "LinkedIn", "fab fa-linkedin", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}"),
        ]
    )
    return (
        '<div class="article-ratings-social-share d-flex justify-content-end">'
        '<div class="me-auto align-self-center"></div><div class="social-share-block">'
        f'<div class="article-social-share"><div class="social-share-icon"><ul>{lis}</ul></div></div>'
        "</div></div>"
    )


def _icons(story: Story) -> str:
    return (
        '<div class="article-can-edit d-flex flex-wrap justify-content-between"><div class="icons">'
        f'<a href="{esc(print_path(story))}" title="In bài viết &lt; {esc(story.title)} &gt;" '
        "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
        "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;\" "
        f'rel="nofollow">{_fa("icon-print icon-fw")} In</a></div></div>'
    )


def _related(story: Story) -> str:
    others = [s for s in _cat_stories(story.cat) if s.id != story.id][:2]
    cols = []
    for s in others:
        cov = _cover(s)
        img = (
            f'<div class="article-intro-image"><a href="{art_path(s)}"><img src="{cov.src}" alt="{esc(s.title)}"></a></div>'
            if cov
            else ""
        )
        cols.append(
            f'<div class="col-lg-6"><div class="article">{img}<div class="article-header">'
            f'<h2><a href="{art_path(s)}">{esc(s.title)}</a></h2></div><div class="article-info">'
            f'<span class="published" title="Ngày đăng: {_day(_up(s))}"><time datetime="{_up(s)}">'
            f"{_day(_up(s))}</time></span></div></div></div>"
        )
    return (
        '<div class="related-article-list-container"><h3 class="related-article-title">Bài viết liên quan</h3>'
        f'<div class="article-list related-article-list"><div class="row">{"".join(cols)}</div></div></div>'
    )


def _pagebreak_box(story: Story, current: int | None) -> str:
    """The pagebreak plugin's TOC (``current`` None = show all)."""
    titles = story.opts["pages"]
    lis = []
    for k, t in enumerate(titles):
        href = art_path(story) + (f"?start={k}" if k else "")
        active = " active" if current == k else ""
        lis.append(f'<li class="toclink"><a href="{href}" class="toclink{active}">{esc(t)}</a></li>')
    lis.append(
        f'<li><a href="{art_path(story)}?showall=1" class="toclink{" active" if current is None else ""}">'
        "Tất cả các trang</a></li>"
    )
    return (
        '<div class="card float-end article-index ms-3 mb-3"><div class="card-body">'
        '<h3>Mục lục bài viết</h3><ul class="nav flex-column">' + "".join(lis) + "</ul></div></div>"
    )


def _pager(story: Story, current: int) -> str:
    n = len(story.opts["pages"])
    prev = (
        f'<li class="previous"><a class="page-link" href="{art_path(story)}{"?start=" + str(current - 1) if current > 1 else ""}" '
        f'rel="prev">{_fa("icon-chevron-left")} Trang trước</a></li>'
        if current > 0
        else '<li class="previous"></li>'
    )
    nxt = (
        f'<li class="next"><a class="page-link" href="{art_path(story)}?start={current + 1}" rel="next">'
        f'Tiếp theo {_fa("icon-chevron-right")}</a></li>'
        if current < n - 1
        else '<li class="next"></li>'
    )
    return (
        f'<div class="pagenavcounter">Trang {current + 1} / {n}</div>'
        f'<div class="pager"><ul class="pagination">{prev}{nxt}</ul></div>'
    )


def _article_body(request: Request, story: Story, page: str, mode: str) -> str:
    """``mode``: "full" (all text), or "p<k>" (page k of a paginated article)."""
    pages = _split_pages(story)
    if "pages" in story.opts and mode != "print":
        if mode.startswith("p"):
            k = int(mode[1:])
            inner = _pagebreak_box(story, k) + _blocks_html(request, story, pages[k], page) + _pager(story, k)
        else:
            inner = _pagebreak_box(story, None) + "\n".join(
                _blocks_html(request, story, p, page) for p in pages
            )
    else:
        inner = "\n".join(_blocks_html(request, story, p, page) for p in pages)
    return f'<div itemprop="articleBody">\n{inner}\n{_attachments(story)}\n</div>'


def _cover_html(story: Story) -> str:
    cov = _cover(story)
    if not cov:
        return ""
    rel = cov.src[len("/images/"):]
    src = f"{cov.src}#joomlaImage://local-images/{rel}?width=1200&amp;height=800"
    img = f'<img src="{src}" alt="{esc(story.title)}" itemprop="image" width="1200" height="800" loading="lazy">'
    if cov.printed:
        return (
            f'<figure class="article-full-image float-none item-image">{img}'
            f'<figcaption class="caption">{text(cov.printed)}</figcaption></figure>'
        )
    return f'<div class="article-full-image float-none">{img}</div>'


def article_page(request: Request, story: Story, mode: str = "full") -> Response:
    cat = CATS[story.cat]
    page = art_path(story)
    if mode == "print":
        main = (
            '<div class="article-details" itemscope itemtype="https://schema.org/Article">'
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;">'
            f'{_fa("icon-print icon-fw")} In</a></div>'
            f'<div class="article-header">{_headline(story, "h1")}</div>'
            + _info(story)
            + _article_body(request, story, page, "print")
            + "</div>"
        )
        doc = (
            '<!doctype html>\n<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">'
            '<meta name="robots" content="noindex, nofollow">'
            f"<title>{esc(story.title)} - {SITE}</title>"
            '<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet"></head>'
            '<body class="contentpane component"><div id="system-message-container" aria-live="polite"></div>'
            f"{main}</body></html>"
        )
        return html(doc)
    title = story.title
    if mode == "p1":
        title = f"{story.title} - {story.opts['pages'][1]}"
    cov = _cover(story)
    og = (
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{base_url(request)}{page}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        + (f'<meta property="og:image" content="{base_url(request)}{cov.src}">\n' if cov else "")
        + f'<meta property="og:site_name" content="{SITE}">\n'
    )
    main = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN">'
        + _cover_html(story)
        + f'<div class="article-header">{_headline(story, "h1")}</div>'
        + _icons(story)
        + _info(story)
        + _share(request, story)
        + _article_body(request, story, page, mode)
        + '<div class="article-footer-wrap"><div class="article-footer-top"></div></div>'
        + _related(story)
        + "</div>"
    )
    body = _layout(
        request,
        title=f"{title} - {SITE}",
        body_cls=f"com_content com-content view-article layout-default task-none itemid-{cat.itemid}",
        active=f"/index.php/{cat.alias}",
        heading=cat.name,
        crumbs=[
            ("Trang chủ", "/index.php"),
            *([("Tin tức", None)] if cat.layout == "blog" else []),
            (cat.name, f"/index.php/{cat.alias}"),
            (story.title, None),
        ],
        main=main,
        head_extra=og,
    )
    return html(body)


# --- listings ---------------------------------------------------------------------------------


def _intro_text(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return f"<p>{text(first.text, nfd=bool(story.opts.get('nfd')))}</p>"


def _blog_item(story: Story) -> str:
    cov = _cover(story)
    img = (
        f'<div class="article-intro-image"><a href="{art_path(story)}"><img src="{cov.src}" '
        f'alt="{esc(story.title)}" itemprop="thumbnailUrl"></a></div>'
        if cov
        else ""
    )
    return (
        '<div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        + img
        + '<div class="article-body">'
        + f'<div class="article-header">{_headline(story, "h2", link=True)}</div>'
        + _info(story, in_list=True)
        + f'<div class="article-introtext">{_intro_text(story)}</div>'
        + f'<div class="readmore"><a class="btn btn-outline-secondary" href="{art_path(story)}" '
        f'itemprop="url" aria-label="Đọc thêm: {esc(story.title)}">Đọc thêm...</a></div>'
        + "</div></div>"
    )


def _pagination(base: str, per: int, total: int, start: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def href(k: int) -> str:
        return base + (f"?start={k * per}" if k else "")

    def li(label: str, k: int | None, aria: str, icon: bool = False) -> str:
        if k is None:
            return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{label}</span></li>'
        return f'<li class="page-item"><a aria-label="{aria}" href="{href(k)}" class="page-link">{label}</a></li>'

    items = [
        li(_fa("icon-angle-double-left"), 0 if cur > 0 else None, "Đi tới trang đầu"),
        li(_fa("icon-angle-left"), cur - 1 if cur > 0 else None, "Đi tới trang trước"),
    ]
    for k in range(pages):
        if k == cur:
            items.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {k + 1}" href="#" '
                f'class="page-link">{k + 1}</a></li>'
            )
        else:
            items.append(li(str(k + 1), k, f"Đi tới trang {k + 1}"))
    items += [
        li(_fa("icon-angle-right"), cur + 1 if cur < pages - 1 else None, "Đi tới trang sau"),
        li(_fa("icon-angle-double-right"), pages - 1 if cur < pages - 1 else None, "Đi tới trang cuối"),
    ]
    return (
        '<div class="com-content-category-blog__navigation w-100">'
        f'<p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">Trang {cur + 1} / {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        f'<ul class="pagination ms-0 mb-4">{"".join(items)}</ul></nav></div></div>'
    )


def blog_page(request: Request, cat: Cat, start: int) -> Response:
    stories = _cat_stories(cat.alias)
    per = cat.leading + cat.intro
    chunk = stories[start : start + per]
    leading, intro = chunk[: cat.leading], chunk[cat.leading :]
    lead_html = "".join(_blog_item(s) for s in leading)
    rows = "".join(f'<div class="col-lg-6">{_blog_item(s)}</div>' for s in intro)
    main = (
        '<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header"><h1>{esc(cat.name)}</h1></div>'
        f'<div class="article-list articles-leading">{lead_html}</div>'
        + (f'<div class="article-list"><div class="row row-1">{rows}</div></div>' if rows else "")
        + _pagination(f"/index.php/{cat.alias}", per, len(stories), start)
        + "</div>"
    )
    pg = f" - Trang {start // per + 1}" if start else ""
    return html(
        _layout(
            request,
            title=f"{cat.name}{pg} - {SITE}",
            body_cls=f"com_content com-content view-category layout-blog task-none itemid-{cat.itemid}",
            active=f"/index.php/{cat.alias}",
            heading=cat.name,
            crumbs=[("Trang chủ", "/index.php"), ("Tin tức", None), (cat.name, None)],
            main=main,
        )
    )


def list_page(request: Request, cat: Cat) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{k % 2}"><th class="list-title" scope="row">'
        f'<a href="{art_path(s)}">{esc(s.title)}</a></th>'
        f'<td class="list-date small">{_dmy(_up(s), "-")}</td>'
        f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {s.views()}</span></td></tr>'
        for k, s in enumerate(_cat_stories(cat.alias))
    )
    main = (
        '<div class="com-content-category category-list"><div class="content-category">'
        f'<h1>{esc(cat.name)}</h1>'
        f'<form action="/index.php/{cat.alias}" method="post" name="adminForm" id="adminForm" '
        'class="com-content-category__articles">'
        '<div class="com-content__filter btn-group"><label class="filter-search-lbl visually-hidden" '
        'for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" '
        'value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc">'
        '<button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button></div>'
        '<div class="com-content-category__pagination btn-group float-end">'
        '<label for="limit" class="visually-hidden">Hiển thị #</label>'
        '<select id="limit" name="limit" class="form-select" onchange="this.form.submit()">'
        '<option value="5">5</option><option value="10">10</option><option value="20" selected="selected">20</option>'
        '<option value="0">Tất cả</option></select></div>'
        '<table class="com-content-category__table category table table-striped table-bordered table-hover">'
        '<caption class="visually-hidden">Bài viết</caption><thead><tr>'
        '<th scope="col" id="categorylist_header_title">Tiêu đề</th>'
        '<th scope="col" id="categorylist_header_date">Ngày đăng</th>'
        '<th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        '<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value="">'
        '<input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value="">'
        "</form></div></div>"
    )
    return html(
        _layout(
            request,
            title=f"{cat.name} - {SITE}",
            body_cls=f"com_content com-content view-category layout-default task-none itemid-{cat.itemid}",
            active=f"/index.php/{cat.alias}",
            heading=cat.name,
            crumbs=[("Trang chủ", "/index.php"), (cat.name, None)],
            main=main,
        )
    )


# --- pages that are not articles ------------------------------------------------------------

_INTRO_PAGES = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        "/index.php/gioi-thieu-chung",
        [
            P(
                "Trường Mầm non Sơn Ca được thành lập năm 1996, tọa lạc tại số 15 đường Mậu Thân, "
                "phường Xuân Khánh, quận Ninh Kiều, thành phố Cần Thơ. Trải qua gần 30 năm xây dựng "
                "và phát triển, nhà trường luôn là địa chỉ tin cậy của phụ huynh trong công tác nuôi "
                "dưỡng, chăm sóc, giáo dục trẻ."
            ),
            P(
                "Năm học 2026 – 2027, trường có 12 nhóm, lớp với 368 trẻ từ 18 tháng đến 6 tuổi; "
                "tổng số cán bộ, giáo viên, nhân viên là 46 người, 100% giáo viên đạt chuẩn và trên "
                "chuẩn trình độ đào tạo."
            ),
            P(
                "Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2025, đạt kiểm định chất lượng giáo dục "
                "cấp độ 3; nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc."
            ),
        ],
    ),
    "doi-ngu-giao-vien": (
        "Đội ngũ giáo viên",
        "/index.php/doi-ngu-giao-vien",
        [
            P("Ban Giám hiệu nhà trường năm học 2026 – 2027:"),
            P("STT | Họ và tên | Chức vụ | Trình độ", "tr"),
            P("1 | Trần Thị Ngọc Bích | Hiệu trưởng | Thạc sĩ Giáo dục mầm non", "tr"),
            P("2 | Nguyễn Thị Kiều Oanh | Phó Hiệu trưởng | Đại học Giáo dục mầm non", "tr"),
            P("3 | Phan Thị Bảo Ngọc | Phó Hiệu trưởng | Đại học Giáo dục mầm non", "tr"),
            P("Các tổ chuyên môn: Tổ Nhà trẻ, Tổ Mẫu giáo bé – nhỡ, Tổ Mẫu giáo lớn và Tổ Văn phòng."),
        ],
    ),
    "che-do-sinh-hoat": (
        "Chế độ sinh hoạt một ngày của bé",
        "/index.php/che-do-sinh-hoat",
        [
            P("Thời gian | Hoạt động", "tr"),
            P("6g30 – 7g45 | Đón trẻ, chơi, thể dục sáng", "tr"),
            P("7g45 – 8g30 | Ăn sáng", "tr"),
            P("8g30 – 9g15 | Hoạt động học", "tr"),
            P("9g15 – 10g00 | Chơi, hoạt động ở các góc", "tr"),
            P("10g00 – 10g40 | Chơi ngoài trời", "tr"),
            P("10g40 – 14g00 | Ăn trưa, ngủ trưa", "tr"),
            P("14g00 – 16g15 | Vận động nhẹ, ăn xế, chơi hoạt động theo ý thích", "tr"),
            P("16g15 – 17g00 | Trả trẻ", "tr"),
        ],
    ),
    "video": (
        "Video hoạt động của bé",
        "/index.php/video",
        [P("Mời quý phụ huynh cùng xem lại những khoảnh khắc đáng yêu của các bé trong năm học.")],
    ),
}

_ALBUMS = {
    73: Story(
        73,
        "hinh-anh-le-khai-giang-nam-hoc-2026-2027",
        "Hình ảnh lễ khai giảng năm học 2026 – 2027",
        "thu-vien-anh",
        "2026-09-06T10:00:00+07:00",
        [
            P("Một số hình ảnh trong lễ khai giảng năm học mới 2026 – 2027 của các bé."),
            *[Img(f"/images/thu-vien/2026/khai-giang/IMG_{n}.jpg", style=_SIG) for n in (2031, 2038, 2044, 2057, 2063, 2070)],
        ],
        opts={"gallery": "thu-vien/2026/khai-giang"},
    ),
    70: Story(
        70,
        "be-vui-tet-trung-thu-2026",
        "Bé vui Tết Trung thu 2026",
        "thu-vien-anh",
        "2026-09-26T15:30:00+07:00",
        [
            P("Đêm hội trăng rằm của các bé Trường Mầm non Sơn Ca."),
            *[Img(f"/images/thu-vien/2026/trung-thu/DSC_{n}.jpg", style=_SIG) for n in (7712, 7725, 7731, 7748)],
        ],
        opts={"gallery": "thu-vien/2026/trung-thu"},
    ),
}


def intro_page(request: Request, alias: str) -> Response:
    title, path, blocks = _INTRO_PAGES[alias]
    dummy = Story(0, alias, title, "", None, blocks)
    extra = ""
    if alias == "video":
        extra = "".join(
            '<div class="ratio ratio-16x9 mb-3"><iframe src="https://www.youtube.com/embed/'
            f'{vid}" title="{esc(t)}" allowfullscreen></iframe></div><p><em>{t}</em></p>'
            for vid, t in [
                ("q3XhT9Ck2bA", "Ngày hội thể thao “Bé khỏe – Bé năng động”"),
                ("Z8mPq1rVw0s", "Văn nghệ chào mừng 20/11"),
            ]
        )
    main = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">'
        f'<div class="article-header"><h1 itemprop="headline">{esc(title)}</h1></div>'
        f'<div itemprop="articleBody">{_blocks_html(request, dummy, blocks, path)}{extra}</div></div>'
    )
    parent = ("Giới thiệu", "/index.php/gioi-thieu-chung") if alias != "video" else ("Thư viện", None)
    return html(
        _layout(
            request,
            title=f"{title} - {SITE}",
            body_cls="com_content com-content view-article layout-default task-none itemid-11"
            + str(list(_INTRO_PAGES).index(alias)),
            active=path,
            heading=title,
            crumbs=[("Trang chủ", "/index.php"), parent, (title, None)],
            main=main,
        )
    )


def album_list(request: Request) -> Response:
    items = []
    for a in sorted(_ALBUMS.values(), key=lambda s: -s.id):
        first = next(b for b in a.blocks if isinstance(b, Img))
        href = f"/index.php/thu-vien-anh/{a.id}-{a.slug}"
        items.append(
            '<div class="col-lg-6"><div class="article" itemprop="blogPost" itemscope '
            'itemtype="https://schema.org/BlogPosting"><div class="article-intro-image">'
            f'<a href="{href}"><img src="{first.src}" alt="{esc(a.title)}"></a></div>'
            f'<div class="article-body"><div class="article-header"><h2 itemprop="name"><a href="{href}" '
            f'itemprop="url">{esc(a.title)}</a></h2></div></div></div></div>'
        )
    main = (
        '<div class="blog com-content-category-blog album" itemscope itemtype="https://schema.org/Blog">'
        '<div class="page-header"><h1>Thư viện ảnh</h1></div>'
        f'<div class="article-list"><div class="row row-1">{"".join(items)}</div></div></div>'
    )
    return html(
        _layout(
            request,
            title=f"Thư viện ảnh - {SITE}",
            body_cls="com_content com-content view-category layout-blog task-none itemid-110",
            active="/index.php/thu-vien-anh",
            heading="Thư viện ảnh",
            crumbs=[("Trang chủ", "/index.php"), ("Thư viện", None), ("Thư viện ảnh", None)],
            main=main,
        )
    )


def album_page(request: Request, album: Story) -> Response:
    path = f"/index.php/thu-vien-anh/{album.id}-{album.slug}"
    up = album.published_at
    main = (
        '<div class="article-details " itemscope itemtype="https://schema.org/Article">'
        f'<div class="article-header"><h1 itemprop="headline">{esc(album.title)}</h1></div>'
        '<div class="article-info">'
        f'<span class="createdby" title="Viết bởi: Super User">{_fa("far fa-user")} <span itemprop="author">'
        '<span itemprop="name">Super User</span></span></span>'
        f'<span class="category-name">{_fa("far fa-folder-open")} <a href="/index.php/thu-vien-anh">Thư viện ảnh</a></span>'
        f'<span class="published" title="Ngày đăng: {_day(up)}">{_fa("far fa-calendar")} '
        f'<time datetime="{up}" itemprop="datePublished">{_day(up)}</time></span></div>'
        f'<div itemprop="articleBody">{_blocks_html(request, album, album.blocks, path)}</div></div>'
    )
    return html(
        _layout(
            request,
            title=f"{album.title} - {SITE}",
            body_cls="com_content com-content view-article layout-default task-none itemid-110",
            active="/index.php/thu-vien-anh",
            heading="Thư viện ảnh",
            crumbs=[
                ("Trang chủ", "/index.php"),
                ("Thư viện", None),
                ("Thư viện ảnh", "/index.php/thu-vien-anh"),
                (album.title, None),
            ],
            main=main,
        )
    )


def contact_page(request: Request, sent: bool = False) -> Response:
    notice = (
        '<joomla-alert type="success"><div class="alert-heading"><span class="success"></span>'
        '<span class="visually-hidden">Thông báo</span></div><div class="alert-wrapper">'
        '<div class="alert-message">Cảm ơn quý phụ huynh đã gửi thư. Nhà trường sẽ phản hồi sớm.</div></div>'
        "</joomla-alert>"
        if sent
        else ""
    )
    main = (
        notice
        + '<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">'
        '<div class="page-header"><h1><span class="contact-name" itemprop="name">Trường Mầm non Sơn Ca</span></h1></div>'
        '<div class="com-contact__container"><dl class="com-contact__address contact-address dl-horizontal" '
        'itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        f'<dt>{_fa("icon-address")}</dt><dd><span class="contact-street" itemprop="streetAddress">Số 15 đường Mậu Thân, '
        'phường Xuân Khánh</span></dd><dd><span class="contact-suburb" itemprop="addressLocality">quận Ninh Kiều, '
        "thành phố Cần Thơ</span></dd>"
        f'<dt>{_fa("icon-phone")}</dt><dd><span class="contact-telephone" itemprop="telephone">0292 3 831 246</span></dd>'
        "</dl></div>"
        '<h3>Gửi thư liên hệ</h3><div class="com-contact__form contact-form">'
        '<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">'
        '<fieldset><legend>Gửi thư cho nhà trường</legend>'
        '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>'
        '<div class="control-group"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>'
        '<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div>'
        '<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>'
        '</fieldset><div class="control-group"><button class="btn btn-primary validate" type="submit">Gửi thư</button>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
        '<input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:truong-mam-non-son-ca">'
        '<input type="hidden" name="6f1c0b2e9a7d45e38c1f0a9b2d7e4c51" value="1"></div></form></div>'
        '<div class="ratio ratio-4x3"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3928.8!2d105.7669!3d10.0301" '
        'title="Bản đồ" loading="lazy"></iframe></div></div>'
    )
    return html(
        _layout(
            request,
            title=f"Liên hệ - {SITE}",
            body_cls="com_contact com-contact view-contact layout-default task-none itemid-112",
            active="/index.php/lien-he",
            heading="Liên hệ",
            crumbs=[("Trang chủ", "/index.php"), ("Liên hệ", None)],
            main=main,
        )
    )


# --- the SP Page Builder home -----------------------------------------------------------------


def _sppb_section(sid: str, inner: str, cls: str = "") -> str:
    return (
        f'<section id="section-id-{sid}" class="sppb-section {cls}"><div class="sppb-row-container">'
        f'<div class="sppb-row">{inner}</div></div></section>'
    )


def _sppb_col(cid: str, width: int, inner: str) -> str:
    return (
        f'<div class="sppb-col-md-{width}" id="column-wrap-id-{cid}"><div id="column-id-{cid}" '
        f'class="sppb-column"><div class="sppb-column-addons">{inner}</div></div></div>'
    )


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="sppb-item{" active" if k == 0 else ""}"><img src="/images/slider/{f}" alt="{esc(t)}">'
        f'<div class="sppb-carousel-item-inner"><div class="sppb-carousel-caption"><div class="sppb-carousel-text">'
        f"<h2>{t}</h2></div></div></div></div>"
        for k, (f, t) in enumerate(
            [
                ("slide-1.jpg", "Vui chơi – Học tập – Phát triển"),
                ("slide-2.jpg", "Trường đạt chuẩn quốc gia mức độ 2"),
                ("slide-3.jpg", "Tuyển sinh năm học 2026 – 2027"),
            ]
        )
    )
    slider = (
        '<div id="sppb-addon-1727001000001" class="clearfix"><div id="sppb-carousel-1727001000001" '
        'data-interval="5000" class="sppb-carousel sppb-slide" data-sppb-ride="sppb-carousel">'
        f'<div class="sppb-carousel-inner">{slides}</div>'
        '<a href="#sppb-carousel-1727001000001" class="sppb-carousel-arrow left sppb-carousel-control" '
        'data-slide="prev" aria-label="Previous"><i class="fa fa-chevron-left"></i></a>'
        '<a href="#sppb-carousel-1727001000001" class="sppb-carousel-arrow right sppb-carousel-control" '
        'data-slide="next" aria-label="Next"><i class="fa fa-chevron-right"></i></a></div></div>'
    )
    news = [s for s in _latest(13) if s.cat != "thong-bao"][:3]
    cards = []
    for s in news:
        cov = _cover(s)
        cards.append(
            '<div class="sppb-col-sm-4"><div class="sppb-addon-article">'
            + (
                f'<a href="{art_path(s)}" itemprop="url"><img class="sppb-img-responsive" src="{cov.src}" '
                f'alt="{esc(s.title)}" itemprop="thumbnailUrl" loading="lazy"></a>'
                if cov
                else ""
            )
            + f'<h3><a href="{art_path(s)}" itemprop="url">{esc(s.title)}</a></h3>'
            '<div class="sppb-article-meta">'
            f'<span class="sppb-meta-date" itemprop="datePublished">{_day(_up(s))}</span>'
            f'<span class="sppb-meta-category"><a href="/index.php/{s.cat}" itemprop="genre">{esc(CATS[s.cat].name)}</a></span>'
            "</div>"
            f'<div class="sppb-article-introtext">{esc(next(b for b in s.blocks if isinstance(b, P)).text[:160])}…</div>'
            f'<a class="sppb-readmore" href="{art_path(s)}" itemprop="url">Xem thêm</a></div></div>'
        )
    articles = (
        '<div id="sppb-addon-1727001000004" class="clearfix"><div class="sppb-addon sppb-addon-articles ">'
        '<h3 class="sppb-addon-title">Tin tức - Sự kiện</h3><div class="sppb-addon-content"><div class="sppb-row">'
        + "".join(cards)
        + '</div></div></div></div>'
        '<div id="sppb-addon-1727001000005" class="clearfix"><div class="sppb-button-wrapper sppb-text-center">'
        '<a href="/index.php/hoat-dong-cua-be" id="btn-1727001000005" class="sppb-btn sppb-btn-warning sppb-btn-rounded">'
        "Xem tất cả hoạt động</a></div></div>"
    )
    n217, n212, n200 = BY_ID[217], BY_ID[212], BY_ID[200]
    notices = (
        '<div id="sppb-addon-1727001000006" class="clearfix"><div class="sppb-addon sppb-addon-text-block ">'
        '<h3 class="sppb-addon-title">Thông báo</h3><div class="sppb-addon-content"><ul class="tb-moi">'
        f'<li>{_fa("fas fa-bullhorn")} <a href="{art_path(n217)}">{esc(n217.title)}</a> <em>({_dmy(_up(n217))})</em></li>'
        f'<li>{_fa("fas fa-bullhorn")} <a href="{NONSEF_212.replace("&", "&amp;")}">{esc(n212.title)}</a> '
        f'<img src="/images/icon/new.gif" alt="new"></li>'
        f'<li>{_fa("fas fa-bullhorn")} <a href="{art_path(n200)}">{esc(n200.title)}</a></li>'
        '</ul><p><a href="/index.php/thong-bao">» Xem tất cả thông báo</a></p></div></div></div>'
    )
    features = "".join(
        _sppb_col(
            f"17270010001{k}",
            4,
            f'<div class="sppb-addon sppb-addon-feature sppb-text-center"><div class="sppb-addon-content">'
            f'<span class="sppb-icon"><img src="/images/icon/{ic}" alt=""></span>'
            f'<h3 class="sppb-feature-box-title"><a href="{href}">{t}</a></h3>'
            f'<div class="sppb-addon-text">{d}</div></div></div>',
        )
        for k, (ic, t, href, d) in enumerate(
            [
                ("ico-truong.png", "Giới thiệu trường", "/index.php/gioi-thieu-chung", "Gần 30 năm xây dựng và phát triển"),
                ("ico-co-giao.png", "Đội ngũ giáo viên", "/index.php/doi-ngu-giao-vien", "Tận tâm, yêu trẻ, giàu kinh nghiệm"),
                ("ico-dong-ho.png", "Một ngày của bé", "/index.php/che-do-sinh-hoat", "Chế độ sinh hoạt khoa học, hợp lý"),
            ]
        )
    )
    video = (
        '<div class="sppb-addon sppb-addon-video"><h3 class="sppb-addon-title">Video</h3>'
        '<div class="sppb-video-block sppb-embed-responsive sppb-embed-responsive-16by9">'
        '<iframe class="sppb-embed-responsive-item" src="https://www.youtube-nocookie.com/embed/q3XhT9Ck2bA?iv_load_policy=3&amp;rel=0" '
        'title="Ngày hội thể thao" loading="lazy" allowfullscreen></iframe></div>'
        '<p><a href="/index.php/video">Xem thêm video</a></p></div>'
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-1"><div class="page-content">'
        + _sppb_section("1727001000000", _sppb_col("1727001000000", 12, slider), "sppb-section-slider")
        + _sppb_section("1727001000010", features, "sppb-section-features")
        + _sppb_section(
            "1727001000020",
            _sppb_col("1727001000021", 8, articles) + _sppb_col("1727001000022", 4, notices + video),
        )
        + "</div></div>"
    )
    return html(
        _layout(
            request,
            title=f"Trang chủ - {SITE}",
            body_cls="com_sppagebuilder com-sppagebuilder view-page layout-default task-none itemid-101",
            active="/index.php",
            heading=None,
            crumbs=None,
            main=main,
            sidebar=False,
        )
    )


# --- the site ---------------------------------------------------------------------------------

_STATIC_PREFIXES = (
    "/images/",
    "/media/",
    "/templates/",
    "/plugins/content/jw_sig/",
    "/cache/jw_sig/",
    "/modules/mod_vvisit_counter/",
    "/components/com_attachments/",
)
_PRINT_QUERIES = {"tmpl=component&print=1", "print=1&tmpl=component"}
_ARTICLE_SEG = re.compile(r"^(\d+)-([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path in ("/", "/index.php"):
            if not query:
                return home(request)
            if path == "/index.php":
                return self._nonsef(request)
            return None
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path.startswith("/attachments/article/"):
            return self._attachment(path)
        if not path.startswith("/index.php/"):
            return None
        segs = path[len("/index.php/") :].split("/")
        if len(segs) == 1:
            return self._menu(request, segs[0], query)
        if len(segs) == 2:
            return self._item(request, segs[0], segs[1], query)
        return None

    def _nonsef(self, request: Request) -> Response | None:
        params = request.params
        if params.get("option") != "com_content" or params.get("view") != "article":
            return None
        ident = params.get("id", "").split(":", 1)[0]
        story = BY_ID.get(int(ident)) if ident.isdigit() else None
        if story is None or params.get("catid") not in (None, str(CATS[story.cat].catid)):
            return None
        return article_page(request, story)

    def _attachment(self, path: str) -> Response | None:
        parts = path.split("/")
        if len(parts) != 5 or not parts[3].isdigit():
            return None
        story = BY_ID.get(int(parts[3]))
        if story and parts[4] in [a[0] for a in story.opts.get("attachments", [])]:
            return Response(
                200,
                PDF,
                {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="{parts[4]}"'},
            )
        return None

    def _menu(self, request: Request, alias: str, query: str) -> Response | None:
        if alias in CATS:
            cat = CATS[alias]
            if cat.layout == "list":
                return list_page(request, cat) if query in ("", "start=0") else None
            per = cat.leading + cat.intro
            total = len(_cat_stories(alias))
            start = 0
            if query:
                m = re.fullmatch(r"start=(\d+)", query)
                if not m:
                    return None
                start = int(m.group(1))
            if start % per or start >= total:
                return None
            return blog_page(request, cat, start)
        if query:
            return None
        if alias in _INTRO_PAGES:
            return intro_page(request, alias)
        if alias == "thu-vien-anh":
            return album_list(request)
        if alias == "lien-he":
            return contact_page(request, sent=request.method == "POST")
        return None

    def _item(self, request: Request, alias: str, seg: str, query: str) -> Response | None:
        m = _ARTICLE_SEG.match(seg)
        if not m:
            return None
        ident, slug = int(m.group(1)), m.group(2)
        if alias == "thu-vien-anh":
            album = _ALBUMS.get(ident)
            if album and slug == album.slug and not query:
                return album_page(request, album)
            return None
        story = BY_ID.get(ident)
        if story is None or story.cat != alias or slug not in (story.slug, story.opts.get("old_alias")):
            return None
        if query in _PRINT_QUERIES:
            return article_page(request, story, "print")
        if "pages" in story.opts:
            if query in ("", "start=0"):
                return article_page(request, story, "p0")
            if query == "showall=1":
                return article_page(request, story, "full")
            m2 = re.fullmatch(r"start=(\d+)", query)
            if m2 and int(m2.group(1)) < len(story.opts["pages"]):
                return article_page(request, story, f"p{m2.group(1)}")
            return None
        return article_page(request, story) if not query else None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [print_path(story)]
    if story.opts.get("old_alias"):
        alts.append(art_path(story, story.opts["old_alias"]))
    if "pages" in story.opts:
        alts += [art_path(story) + "?start=1", art_path(story) + "?showall=1"]
    if story.id == 212:
        alts.append(NONSEF_212)
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat].name, alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=_up, reverse=True)
]

NON_ARTICLES = [
    "/index.php/gioi-thieu-chung",
    "/index.php/doi-ngu-giao-vien",
    "/index.php/che-do-sinh-hoat",
    "/index.php/video",
    "/index.php/lien-he",
    "/index.php/thu-vien-anh/73-hinh-anh-le-khai-giang-nam-hoc-2026-2027",
    "/index.php/thu-vien-anh/70-be-vui-tet-trung-thu-2026",
]
